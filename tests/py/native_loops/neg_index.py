# Unary minus on floats in native code (sign flip; NaN to the runtime) and subscripts with
# indices of every kind (no tag check: non-small-int indices reach the runtime through the
# range check).
import math


class F(float):
    def __neg__(self):
        return "neg F"


class I(int):
    pass


def neg(x):
    return -x


def negs(xs):
    out = []
    for x in xs:
        y = -x
        out.append(y)
    return out


vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e-308, 5e-324, math.inf, -math.inf, 0, 1, -1,
        2**47 - 1, -2**47, 2**47, -2**47 - 1, 2**70, True, False, F(2.0), I(3)]
for v in negs(vals):
    print(repr(v), type(v).__name__)
n = neg(math.nan)
print(n, math.isnan(n), math.copysign(1.0, n) in (1.0, -1.0))
print(repr(neg(-0.0)), repr(neg(0.0)), math.copysign(1.0, neg(0.0)))
print(neg(neg(1.25)), neg(complex(1, 2)))
try:
    neg("s")
except TypeError as e:
    print("TypeError", e)


def get(seq, i):
    return seq[i]


def put(seq, i, v):
    seq[i] = v
    return seq


seqs = [[10, 20, 30], (10, 20, 30), bytearray(b"abc"), b"abc", "abc", {0: "z", 1.0: "o", None: "n"}]
idxs = [0, 2, 3, -1, -3, -4, True, False, 1.0, None, 2**47, -2**47, 2**70, "0", I(1)]
for s in seqs:
    row = []
    for i in idxs:
        try:
            row.append(get(s, i))
        except Exception as e:
            row.append(type(e).__name__)
    print(type(s).__name__, row)
for mk in (lambda: [1, 2, 3], lambda: bytearray(b"xyz"), lambda: {}):
    row = []
    for i in idxs:
        try:
            row.append(put(mk(), i, 7))
        except Exception as e:
            row.append(type(e).__name__)
    print(row)
