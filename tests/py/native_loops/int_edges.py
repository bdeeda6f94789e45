# Inline small-int arithmetic and compares at the edges: the 48-bit small-int boundary
# (2**47), word overflow (2**63), constants that do and do not fit an immediate, operands in
# registers, in memory and in RET, and a local whose type changes in the middle of a loop.

B = 2**47


def add_sub(x):
    out = []
    out.append(x + 1)
    out.append(x - 1)
    out.append(1 + x)
    out.append(1 - x)
    out.append(x + 32767)
    out.append(x - 32768)
    out.append(x + 40000)
    out.append(x - 100000)
    out.append(x + x)
    out.append(x - x)
    out.append((x + 1) + (x - 1))
    return out


def compares(x):
    r = []
    r.append(x < 0)
    r.append(x <= 5)
    r.append(x > -5)
    r.append(x >= 40000)
    r.append(x == 7)
    r.append(x != 7)
    r.append(3 < x)
    r.append(-100000 > x)
    if x < 40000:
        r.append("lt")
    if x >= -32768:
        r.append("ge")
    if not (x == 0):
        r.append("nz")
    return r


def bits(x, y):
    return [x & y, x | y, x ^ y, x & 255, x | 256, x ^ -1, x ^ x, (x ^ y) & 15]


def mul_div(x, y):
    r = [x * y, x * 3, x * -1]
    if y:
        r += [x // y, x % y]
    r += [x // 7, x % 7, x // -7, x % -7, x << 3, x >> 2]
    return r


def loop_sum(n):
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s


def grow(v, n):
    # crosses 2**47 and 2**63 inside the loop
    k = 0
    while k < n:
        v = v + v
        k += 1
    return v


def type_change(n):
    acc = 0
    vals = []
    for i in range(n):
        if i == 3:
            acc = acc + 0.5
        elif i == 5:
            acc = acc + 2**62
        elif i == 7:
            acc = "s"
            vals.append(acc)
            acc = 1
        acc = acc + i
        vals.append(acc)
        vals.append(acc < 10)
    return vals


for x in (0, 1, -1, 7, 40000, -40000, B - 1, -B, B, -B - 1, 2**63, -(2**63), True, False):
    print(x, add_sub(x))
    print(x, compares(x))
    print(x, mul_div(x, 3), mul_div(x, -2), mul_div(x, 0))
for x, y in ((5, 3), (-5, 3), (B - 1, 1), (-B, -1), (2**60, 12), (True, 3)):
    print(bits(x, y))
print(loop_sum(100), loop_sum(0))
print(grow(1, 70), grow(-3, 50), grow(B - 1, 1), grow(-B, 1))
print(type_change(10))
try:
    print(add_sub("a"))
except TypeError as e:
    print("TypeError")
print(compares(2.5), compares(float("nan")), compares(-0.0))
print(add_sub(1.5), add_sub(float("inf")))
try:
    print(mul_div(5, 0))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
