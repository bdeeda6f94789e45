# Import of a small .py module, repeated: setup writes a module (constants,
# a list comprehension, functions, a class) into a fresh temporary directory
# and puts that directory on sys.path; run() drops the module from
# sys.modules and imports it again, n times, touching a few of its names each
# time.  On MicroPython/adder this compiles the source on every import; on
# CPython the cached .pyc is used after the first import.
# Output: an accumulated checksum of values read from the module.

import os
import sys
import time

MOD_NAME = "bm_imp_py_mod"
MOD_SRC = """\
# Module imported over and over by bm_import_py / bm_import_mpy.
VERSION = 3
NAMES = ("alpha", "beta", "gamma", "delta")
TABLE = [i * i for i in range(16)]


def area(w, h):
    return w * h


class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return area(self.w, self.h)

    def scaled(self, k):
        return Shape(self.w * k, self.h * k)


def checksum():
    s = VERSION
    for v in TABLE:
        s += v
    for n in NAMES:
        s += len(n)
    return s
"""


def _tmp_root():
    for d in ("/tmp", "."):
        try:
            os.stat(d)
            return d
        except OSError:
            pass
    return "."


def _rmtree(path):
    try:
        names = os.listdir(path)
    except OSError:
        return
    for n in names:
        p = path + "/" + n
        try:
            os.remove(p)
        except OSError:
            _rmtree(p)
    try:
        os.rmdir(path)
    except OSError:
        pass


def _unique_dir(tag):
    try:
        stamp = time.ticks_us() & 0xFFFFFF
    except AttributeError:
        stamp = int(time.time() * 1000000) & 0xFFFFFF
    return "%s/adder_bm_%s_%d" % (_tmp_root(), tag, stamp)


def _use_module(m, i):
    sh = m.Shape(1 + (i & 7), 3).scaled(2)
    return m.checksum() + sh.area() + len(m.NAMES[i & 3])


bm_params = {
    (50, 10): 10,
    (100, 10): 30,
    (1000, 1000): 3000,
    (5000, 1000): 15000,
}


def bm_setup(params):
    n = params
    d = _unique_dir("imp_py")
    _rmtree(d)
    os.mkdir(d)
    f = open(d + "/" + MOD_NAME + ".py", "w")
    f.write(MOD_SRC)
    f.close()
    sys.path.insert(0, d)
    state = [0]

    def run():
        acc = 0
        for i in range(n):
            if MOD_NAME in sys.modules:
                del sys.modules[MOD_NAME]
            m = __import__(MOD_NAME)
            acc = (acc + _use_module(m, i)) & 0x3FFFFFFF
        state[0] = acc

    def result():
        if MOD_NAME in sys.modules:
            del sys.modules[MOD_NAME]
        if d in sys.path:
            sys.path.remove(d)
        _rmtree(d)
        return n, (n, state[0])

    return run, result
