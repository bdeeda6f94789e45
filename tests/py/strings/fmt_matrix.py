# a deterministic matrix of format specs x values (compared with CPython)
def F(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__ + ":" + str(e)

fills = ["", "*<", "*>", "*^", "*=", "<", ">", "^", "="]
signs = ["", "+", "-", " "]
alts = ["", "#"]
zeros = ["", "0"]
widths = ["", "1", "9"]
groups = ["", ",", "_"]
precs = ["", ".0", ".3"]
types_int = ["", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "s"]
types_float = ["", "e", "E", "f", "F", "g", "G", "n", "%", "d"]
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
def pick(xs):
    return xs[rnd(len(xs))]
ints = [0, 7, -7, 1234567, -98765, 2**40, True]
floats = [0.0, -0.0, 0.5, -2.75, 1234.5678, 1e-7, 6.02e23, -1e16, float("inf"), float("nan")]
strs = ["", "a", "héllo"]
for i in range(400):
    spec = pick(fills) + pick(signs) + pick(alts) + pick(zeros) + pick(widths) + pick(groups) + pick(precs)
    ti = pick(types_int)
    tf = pick(types_float)
    v = pick(ints)
    f = pick(floats)
    s = pick(strs)
    print(i, repr(spec + ti), repr(F(v, spec + ti)), repr(spec + tf), repr(F(f, spec + tf)), repr(F(s, spec)), repr(F(complex(f, v), spec + pick(["", "e", "f", "g"]))))
