# Attribute loads on modules at sites that remember where the name was in the module's dict
# (native code): values replaced, the dict grown and rehashed, names deleted and re-added, one
# site seeing several modules and instances.
import math
from mods import simple
import mods.stateful as st


def call_sqrt(x):
    return math.sqrt(x)


def greet():
    return simple.greet("x")


def const():
    return simple.CONST


def counter():
    return st.counter


for i in range(3):
    st.add(i)
    print(call_sqrt(16.0), greet(), const(), counter())

simple.CONST = 7
print(const())
simple.greet = lambda n: "patched " + n
print(greet())
for i in range(100):
    setattr(simple, "extra%d" % i, i)
print(const(), greet(), simple.extra99)
del simple.CONST
for _ in range(2):
    try:
        const()
    except AttributeError:
        print("AttributeError CONST")
simple.CONST = 9
print(const())


def name_of(m):
    return m.__name__


print([name_of(m) for m in (math, simple, st, math, simple)])


def attr_x(o):
    return o.x


class NS:
    pass


ns = NS()
ns.x = "instance"
simple.x = "simple"
st.x = "stateful"
print([attr_x(o) for o in (simple, ns, st, ns, simple, st)])


def method_x(o):
    return o.x()


class HasX:
    def x(self):
        return "method"


simple.x = lambda: "simple.x()"
st.x = lambda: "st.x()"
print([method_x(o) for o in (simple, HasX(), st, HasX(), simple)])
print(simple.Thing(3), math.pi, math.floor(2.5))
del simple.greet
for _ in range(2):
    try:
        greet()
    except AttributeError:
        print("AttributeError greet")
simple.greet = lambda n: "back " + n
print(greet())
