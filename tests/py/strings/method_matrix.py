# random differential test of str and bytes methods
seed = 2024
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return (seed >> 8) % n
def pick(xs):
    return xs[rnd(len(xs))]
atoms = ["a", "b", "ab", " ", "  ", "\t", "\n", "\r\n", "é", "日", ",", "-", "", "A", "1", "\x0b", "ß"]
def rstr(k):
    return "".join([pick(atoms) for _ in range(rnd(k))])
idx = [None, 0, 1, 2, -1, -3, 5, 100, -100]
def call(f):
    try:
        return repr(f())
    except Exception as e:
        return type(e).__name__ + ":" + str(e)
for i in range(500):
    s = rstr(8)
    sub = rstr(3)
    a = pick(idx)
    b = pick(idx)
    n = pick([-1, 0, 1, 2, 5])
    w = pick([0, 1, 5, 9, 12])
    fill = pick([" ", "*", "é"])
    res = [
        call(lambda: s.split(sub or None, n)), call(lambda: s.rsplit(sub or None, n)),
        call(lambda: s.split()), call(lambda: s.rsplit(None, n)),
        call(lambda: s.find(sub, a, b)), call(lambda: s.rfind(sub, a, b)), call(lambda: s.count(sub, a, b)),
        call(lambda: s.index(sub, a)), call(lambda: s.rindex(sub, a)),
        call(lambda: s.replace(sub, "X", n)), call(lambda: s.strip(sub or None)), call(lambda: s.lstrip(sub)), call(lambda: s.rstrip(sub)),
        call(lambda: s.partition(sub)), call(lambda: s.rpartition(sub)),
        call(lambda: s.startswith(sub, a, b)), call(lambda: s.endswith(sub, a, b)),
        call(lambda: s.center(w, fill)), call(lambda: s.ljust(w, fill)), call(lambda: s.rjust(w, fill)), call(lambda: s.zfill(w)),
        call(lambda: s.expandtabs(w)), call(lambda: s.splitlines()), call(lambda: s.splitlines(True)),
        call(lambda: s.title()), call(lambda: s.swapcase()), call(lambda: s.capitalize()),
        call(lambda: s.isspace()), call(lambda: s.isalnum()), call(lambda: s.istitle()),
        call(lambda: s.removeprefix(sub)), call(lambda: s.removesuffix(sub)),
    ]
    bs = s.encode()
    bsub = sub.encode()
    bfill = fill.encode()[:1]
    res += [
        call(lambda: bs.split(bsub or None, n)), call(lambda: bs.rsplit(bsub or None, n)), call(lambda: bs.split()),
        call(lambda: bs.find(bsub, a, b)), call(lambda: bs.rfind(bsub, a, b)), call(lambda: bs.count(bsub, a, b)),
        call(lambda: bs.replace(bsub, b"X", n)), call(lambda: bs.strip(bsub or None)), call(lambda: bs.partition(bsub)),
        call(lambda: bs.rpartition(bsub)), call(lambda: bs.startswith(bsub, a, b)), call(lambda: bs.endswith(bsub, a, b)),
        call(lambda: bs.center(w, bfill)), call(lambda: bs.zfill(w)), call(lambda: bs.expandtabs(w)), call(lambda: bs.splitlines(True)),
        call(lambda: bs.title()), call(lambda: bs.swapcase()), call(lambda: bs.capitalize()), call(lambda: bs.istitle()),
        call(lambda: bytearray(bs).replace(bsub, b"Y")), call(lambda: bs.hex()), call(lambda: bs.decode("ascii", "replace")),
    ]
    print(i, repr(s), repr(sub), a, b, n, w, " ".join(res))
