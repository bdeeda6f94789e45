# Truth tests of small ints, None, bools and other objects in `if`/`while`/`and`/`or`
# (ints and None inline, the rest through the runtime), and `for i in range(...)` loops whose
# counter and stop are duplicated lazily (DUP_TOP_TWO / ROT_TWO), with edge ranges.

B = 2**47


def truth(v):
    r = []
    if v:
        r.append("T")
    else:
        r.append("F")
    if not v:
        r.append("n")
    r.append(v and "and")
    r.append(v or "or")
    k = 0
    while v and k < 2:
        k += 1
    r.append(k)
    return r


def ranges():
    out = []
    for a, b in ((0, 5), (3, 3), (5, 0), (-3, 2), (B - 3, B + 2), (-B - 2, -B + 2), (2**63 - 2, 2**63 + 1)):
        acc = []
        for i in range(a, b):
            acc.append(i)
        out.append(acc)
        acc = []
        for i in range(b, a, -1):
            acc.append(i)
        out.append(acc)
        acc = []
        for i in range(a, b, 2):
            acc.append(i)
            if len(acc) > 3:
                break
        out.append(acc)
    return out


def nested(n):
    t = 0
    for i in range(n):
        for j in range(i):
            t += i * j
    return t


def countdown(v):
    n = 0
    while v:
        v -= 1
        n += 1
    return n


for v in (0, 1, -1, B - 1, -B, 2**60, 0.0, -0.0, 1.5, None, True, False, "", "x", [], [0], (), {}, 0j):
    print(repr(v), truth(v))
print(ranges())
print(nested(30))
print(countdown(10), countdown(0))
