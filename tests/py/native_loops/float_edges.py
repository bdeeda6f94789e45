# Inline float arithmetic and compares: float constants as immediates, floats mixed with small
# ints (either side, constants and variables), big ints, NaN, infinities, -0.0, division by
# zero, results that overflow to inf, and locals whose type changes between int and float.
import math

NAN = float("nan")


def arith(x, y):
    out = [x + y, x - y, x * y, y - x]
    try:
        out.append(x / y)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError: " + str(e))
    out += [x + 1.5, 1.5 + x, x - 0.25, x * 2.0, 2.0 * x, x * 3, 3 - x]
    try:
        out.append(x / 0.0)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError")
    try:
        out.append(1.0 / x)
    except ZeroDivisionError as e:
        out.append("ZeroDivisionError")
    return out


def cmps(x, y):
    r = [x < y, x <= y, x > y, x >= y, x == y, x != y]
    r += [x < 0.5, x > -0.0, x == 0.0, 1.0 <= x, x != 2.0, x < 3]
    if x < 1e300:
        r.append("small")
    if not (x >= 0.0):
        r.append("neg-or-nan")
    if x == x:
        r.append("self-equal")
    return r


def show(vals):
    return [repr(v) if isinstance(v, float) else v for v in vals]


def chain(zr, zi, cr, ci, n):
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


def flip(n):
    v = 0
    out = []
    for i in range(n):
        if i % 3 == 0:
            v = v + 0.5
        elif i % 3 == 1:
            v = int(v) + i
        else:
            v = v * 2**40
        out.append(v)
        out.append(v > 10)
    return out


vals = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, math.inf, -math.inf, NAN, 0, 1, -3, 2**47, 2**70, True]
for x in vals:
    for y in (0.0, -0.0, 2.5, 3, NAN, 2**60, math.inf):
        print(show(arith(x, y)))
        print(cmps(x, y))
print(chain(0.0, 0.0, -0.5, 0.5, 50), chain(0.0, 0.0, 1.0, 1.0, 50), chain(0, 0, 0.25, 0, 20))
print(show(flip(12)))
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
