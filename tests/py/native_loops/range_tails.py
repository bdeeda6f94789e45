# The end of `for x in range(..)` loops (increment and test fused in native code): variable and
# constant stops, negative steps, bounds at and past the small-int limits (2**47), big-int
# bounds, bool stops, continue/break, the loop variable rebound in the body, exceptions in the body.

B = 2**47


def collect(a, b, s):
    out = []
    for i in range(a, b, s):
        out.append(i)
    return out


def collect_const_up(a):
    out = []
    for i in range(a, 5):
        out.append(i)
    return out


def collect_const_down(a):
    out = []
    for i in range(a, -3, -2):
        out.append(i)
    return out


def count(n):
    t = 0
    for i in range(n):
        t += i
    return t


def skips(n):
    t = 0
    for i in range(n):
        if i % 3 == 0:
            continue
        if i > 20:
            break
        i = i * 100  # rebinding the variable does not change the counter
        t += i
    return t


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i, n, 2):
            for k in range(3):
                t += i * j - k
    return t


def with_exc(n):
    t = 0
    for i in range(n):
        try:
            if i % 4 == 1:
                raise ValueError(i)
            t += 10 // (i - 5)
        except ValueError as e:
            t += e.args[0]
        except ZeroDivisionError:
            t += 1000
    return t


def up1(a, b):
    out = []
    for i in range(a, b):
        out.append(i)
    return out


def up3(a, b):
    out = []
    for i in range(a, b, 3):
        out.append(i)
    return out


def up5(a, b):
    out = []
    for i in range(a, b, 5):
        out.append(i)
    return out


def down1(a, b):
    out = []
    for i in range(a, b, -1):
        out.append(i)
    return out


def down5(a, b):
    out = []
    for i in range(a, b, -5):
        out.append(i)
    return out


def big_steps(a, b):
    out = []
    for i in range(a, b, 32767):
        out.append(i)
    for i in range(b, a, -32767):
        out.append(i)
    for i in range(a, b, 40000):
        out.append(i)
    return out


def near_limits():
    r = []
    r.append(up1(B - 3, B - 1))
    r.append(up5(B - 2, B - 1))
    r.append(up5(B - 7, B - 1))
    r.append(up1(B - 4, B + 3))
    r.append(up3(B - 4, B + 3))
    r.append(up1(B + 1, B + 4))
    r.append(down1(-B + 2, -B - 3))
    r.append(down5(-B + 1, -B))
    r.append(down5(-B + 6, -B))
    r.append(down1(-B, -B - 2))
    r.append(up1(2**70, 2**70 + 3))
    r.append(up3(2**70, 2**70 + 7))
    r.append(down1(2**70 + 2, 2**70 - 1))
    r.append(big_steps(0, 100000))
    r.append(big_steps(-100000, 7))
    r.append(up1(3, 3) + up1(5, 3) + down1(3, 5) + up3(4, 4))
    r.append(up1(0, True) + up3(-4, True) + down5(7, False))
    r.append(collect(0, 10, 2) + collect(10, 0, -3))
    return r


print(near_limits())
print(collect_const_up(1), collect_const_up(7), collect_const_up(-2), collect_const_up(B - 1))
print(collect_const_down(4), collect_const_down(-3), collect_const_down(-2**50))
print(collect_const_up(B + 2), collect_const_down(-B - 2))
print(count(0), count(1), count(1000), count(True))
print(skips(40), nested(7), with_exc(12))

# Module level (the module's own code).
t = 0
for i in range(10):
    t += i
for i in range(B - 2, B + 2):
    t += i
for i in range(7, 0, -3):
    t -= i
print(t, i)
