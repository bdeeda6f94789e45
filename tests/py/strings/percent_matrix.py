# a deterministic matrix of printf-style conversions x values (compared with CPython)
def P(fmt, v):
    try:
        return fmt % v
    except Exception as e:
        return type(e).__name__ + ":" + str(e)

seed = 777
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def pick(xs):
    return xs[rnd(len(xs))]
flags = ["", "-", "+", " ", "#", "0", "-0", "+0", "#0", "- ", "+#"]
widths = ["", "1", "7", "12"]
precs = ["", ".", ".0", ".2", ".5"]
convs = "diouxXeEfFgGcrsa"
vals = [0, 5, -5, 255, -4096, 10**12, 3.5, -0.25, 1e-5, 12345.678, float("inf"), "s", "éx", True, None]
for i in range(400):
    fmt = "%" + pick(flags) + pick(widths) + pick(precs) + pick(convs)
    v = pick(vals)
    print(i, repr(fmt), repr(P(fmt, v)), repr(P("[" + fmt + "]", (v,))))
