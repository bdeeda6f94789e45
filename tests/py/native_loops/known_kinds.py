# A value computed by one inline op and used by the next: the next op skips its check when the
# first took its inline path (small int or float), and every other path (overflow into big
# ints, floats where ints were expected, bools, objects with dunders, NaN) must still give the
# right answer. Float-looking code tries floats first: ints there must stay exact ints. Also
# variable negative subscripts (left to the runtime) and `x[i] op= v` with the value in RET.

B = 2**47


class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + (o.v if isinstance(o, Num) else o)

    def __radd__(self, o):
        return o + self.v

    def __sub__(self, o):
        return 1.5

    def __rsub__(self, o):
        return 2

    def __and__(self, o):
        return 7

    def __mul__(self, o):
        return 2.5

    def __rmul__(self, o):
        return 3


def chains(a, b, c):
    out = []
    out.append((a + b) & 0xFFFFF)
    out.append((a + b) + c)
    out.append((a - b) * c)
    out.append((a * b) - c)
    out.append(((a + b) << 3) >> 1)
    out.append((a + b) // 3)
    out.append((a + b) % 7)
    out.append((a ^ b) + 1)
    out.append(c - (a + b))
    out.append((a + b) < c)
    out.append((a + b) == c)
    r = a + b + c
    out.append(r)
    return out


def truth(a, b):
    n = 0
    if a & b:
        n += 1
    if not (a & b):
        n += 10
    if (a + b) % 3:
        n += 100
    while a & 1 and a > 0:
        a >>= 1
        n += 1000
    return n


def floaty(x, y, z):
    # float constants: arithmetic here tries floats first
    t = 0.5
    out = []
    out.append(x * y + t)
    out.append(x * y - z)
    out.append((x + y) * (y - z))
    out.append(x * y * z * 2.0)
    out.append((x - y) > 0.0)
    out.append(x * y)
    out.append(x + y)
    out.append(x - y)
    return out


def mandel_like(cr, ci, n):
    zr = 0.0
    zi = 0.0
    k = 0
    while k < n:
        zr2 = zr * zr
        zi2 = zi * zi
        if zr2 + zi2 > 4.0:
            break
        zi = 2.0 * zr * zi + ci
        zr = zr2 - zi2 + cr
        k += 1
    return k, zr, zi


def subscripts(seq, idxs):
    out = []
    for i in idxs:
        try:
            out.append(seq[i])
        except IndexError:
            out.append("IE")
    return out


def augmented(lst, i, v):
    lst[i] += v
    lst[i] -= v * 2
    lst[i] ^= 5
    lst[-1] += v
    return lst


vals = [0, 1, -1, 5, 7, B - 1, B, -B, -B - 1, 2**62, True, False, 12345678901234567890]
for a in vals:
    for b in (0, 1, 3, -2, B - 3, True):
        print(a, b, chains(a, b, 3), truth(a, b))

for a, b in [(1.5, 2), (2, 0.25), (Num(4), 5), ("s", "t")]:
    try:
        print(chains(a, b, 3))
    except TypeError as e:
        print("TypeError")
print(truth(True, True), truth(False, True))

for x, y, z in [
    (1.5, 2.0, 3.0),
    (2, 3, 4),
    (B, B, 1),
    (2**40, 2**40, 2**40),
    (1, 2.5, 3),
    (2.5, 1, True),
    (float("inf"), 0.0, 1.0),
    (float("nan"), 1.0, 1.0),
    (-0.0, 0.0, -0.0),
    (True, False, True),
]:
    print(x, y, z, floaty(x, y, z))
print(floaty(Num(2), 3, 1)[5], floaty(3, Num(2), 1)[5])

for cr, ci in [(-0.5, 0.5), (0.3, 0.6), (-2.0, 0.0), (1, 1), (0, 0)]:
    print(mandel_like(cr, ci, 50))

for seq in ([10, 20, 30], (1, 2, 3), bytearray(b"abc"), b"xyz", "str", range(3)):
    print(subscripts(seq, [0, 2, -1, -3, -4, 3, B, -B, True]))

print(augmented([1, 2, 3], 1, 10), augmented([1, 2, 3], -3, B))
try:
    print(augmented([1.5, 2, 3], 0, 0.25))
except TypeError:
    print("TypeError")
ba = bytearray(b"\x01\x02\x03")
try:
    augmented(ba, 0, 100)
except ValueError as e:
    print("ValueError", ba)
print(augmented({0: 1, -1: 2}, 0, 3))
