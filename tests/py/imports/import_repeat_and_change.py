# Modules imported again and again (dropped from sys.modules each time), written to a temporary
# directory by this program: under -X emit=native each import gets machine code for the module's
# functions. A module whose source changes between imports must run the new code; modules with
# identical functions but different constants and globals must each see their own.
import os
import sys
import time

sys.dont_write_bytecode = True  # CPython: always compile the source, never a stale .pyc

try:
    import importlib

    def refresh():
        importlib.invalidate_caches()

except ImportError:

    def refresh():
        pass


def stamp():
    try:
        return time.ticks_us() & 0xFFFFFF
    except AttributeError:
        return int(time.time() * 1000000) & 0xFFFFFF


d = "/tmp/adder_test_reimport_%d" % stamp()
os.mkdir(d)
sys.path.insert(0, d)


def write(name, src):
    f = open(d + "/" + name + ".py", "w")
    f.write(src)
    f.close()


def fresh_import(name):
    if name in sys.modules:
        del sys.modules[name]
    return __import__(name)


TEMPLATE = """
LABEL = %r
SCALE = %d


def scaled(x):
    return x * SCALE


def label():
    return LABEL + "/" + "%s"


class Box:
    def __init__(self, v):
        self.v = v

    def get(self):
        return scaled(self.v)


def gen(n):
    for i in range(n):
        yield scaled(i)


def total(n):
    return sum(gen(n)) + len(label())
"""

# The same module, many times.
write("rmod_same", TEMPLATE % ("same", 3, "s"))
acc = 0
for i in range(300):
    m = fresh_import("rmod_same")
    acc += m.total(i % 7) + m.Box(i).get()
print("same", acc, m.label())

# The source changes between imports: each import must run the code it was given.
for version in range(1, 8):
    write("rmod_changing", TEMPLATE % ("v" * version, version, "x" * version))
    refresh()
    m = fresh_import("rmod_changing")
    print(version, m.scaled(10), m.label(), m.total(4), m.Box(2).get(), list(m.gen(3)))

# A function body that changes while its bytecode length stays the same.
for op in ("+", "-", "*", "%", "&", "|", "^"):
    write("rmod_op", "def f(a, b):\n    return a %s b\n" % op)
    refresh()
    m = fresh_import("rmod_op")
    print(op, m.f(12, 5))

# Different modules, identical function bodies, different constants and globals.
for k in range(5):
    write("rmod_twin%d" % k, TEMPLATE % ("twin" + "#" * k, k + 10, str(k)))
refresh()
twins = [fresh_import("rmod_twin%d" % k) for k in range(5)]
for t in twins:
    print(t.label(), t.scaled(2), t.total(3), t.Box(1).get())
for rnd in range(50):
    for k in range(5):
        t = fresh_import("rmod_twin%d" % k)
        if t.scaled(1) != k + 10 or not t.label().endswith(str(k)):
            print("wrong module code", k)
print("twins ok")

for name in os.listdir(d):
    os.remove(d + "/" + name)
os.rmdir(d)
sys.path.remove(d)
