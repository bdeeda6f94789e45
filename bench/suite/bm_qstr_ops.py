# Short identifier-like strings: a tiny object mapper copies fields between
# objects and dicts by name (getattr/setattr/hasattr), dispatches commands
# through a dict keyed by short names, builds names by concatenation and
# slicing (fresh strings that must compare equal to interned ones), and
# compares/sorts names.  Output: counters and a checksum of field values.

FIELDS = ("id", "name", "age", "x", "y", "z", "kind", "tag", "ok", "next",
          "prev", "len", "pos", "val", "key", "obj")
OPS = ("add", "sub", "mul", "xor", "and", "or", "min", "max")


class Rec:
    pass


def op_add(a, b):
    return a + b


def op_sub(a, b):
    return a - b


def op_mul(a, b):
    return (a * b) & 0xFFFF


def op_xor(a, b):
    return a ^ b


def op_and(a, b):
    return a & b


def op_or(a, b):
    return a | b


def op_min(a, b):
    return a if a < b else b


def op_max(a, b):
    return a if a > b else b


DISPATCH = {"add": op_add, "sub": op_sub, "mul": op_mul, "xor": op_xor,
            "and": op_and, "or": op_or, "min": op_min, "max": op_max}


def workload(n):
    recs = []
    for i in range(n):
        r = Rec()
        for j in range(len(FIELDS)):
            setattr(r, FIELDS[j], (i * 7 + j * 3) & 255)
        recs.append(r)
    # object -> dict -> object round trips via names
    acc = 0
    hits = 0
    for r in recs:
        d = {}
        for f in FIELDS:
            d[f] = getattr(r, f)
        r2 = Rec()
        for f in FIELDS:
            if f in d:
                setattr(r2, f, d[f] + 1)
        # names built at run time must find the same attributes
        for f in FIELDS:
            g = ("_" + f)[1:]
            if hasattr(r2, g):
                hits += 1
                acc = (acc + getattr(r2, g)) & 0x3FFFFFFF
        # dispatch by operation name
        v = d["id"]
        for k in range(len(OPS)):
            name = OPS[(k + v) & 7]
            fn = DISPATCH[name]
            v = fn(v, d[FIELDS[(k * 5) & 15]]) & 0x3FFF
        acc = (acc * 3 + v) & 0x3FFFFFFF
    # comparisons and ordering of short names
    names = []
    for i in range(64):
        a = FIELDS[i & 15]
        b = OPS[(i >> 4) & 7]
        names.append(a + "_" + b if i & 1 else b + a)
    names.sort()
    eq = 0
    for a in names:
        for b in FIELDS:
            if a == b or a.startswith(b):
                eq += 1
    return acc, hits, eq, names[0], names[-1]


bm_params = {
    (50, 10): (1, 20),
    (100, 10): (2, 50),
    (1000, 1000): (140, 500),
    (5000, 1000): (700, 500),
}


def bm_setup(params):
    reps, n = params
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            r = workload(n)
        state[0] = r

    def result():
        return reps * n, state[0]

    return run, result
