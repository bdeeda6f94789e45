# x[a:b] on str, list, tuple and other types with int, None, negative, out-of-range, bool,
# big-int and __index__ bounds, and on objects with __getitem__ (which get a slice object).


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Sliced:
    def __getitem__(self, k):
        return ("got", type(k).__name__, k.start, k.stop, k.step)


class MyList(list):
    def __getitem__(self, k):
        return ("mylist", list.__getitem__(self, k))


def cut(x, a, b):
    return x[a:b]


def cut_from(x, a):
    return x[a:]


def cut_to(x, b):
    return x[:b]


def cut_all(x):
    return x[:]


seqs = ["", "hello", "héllo wörld", [], [1, 2, 3, 4, 5], (), (1, 2, 3), b"bytes", bytearray(b"ba"), range(10)]
bounds = [None, 0, 1, 2, -1, -2, -100, 100, 3, True, False, 2**70, -2**70, Idx(1), Idx(-2)]
for s in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(cut(s, a, b))
    print(repr(s)[:20], len(out), out[:6], out[-6:], out[40:46])
    print(cut_from(s, 1), cut_to(s, -1), cut_all(s), cut_from(s, -3), cut_to(s, 2**70))

t = (1, 2)
l = [1, 2]
print(cut_all(t) == t, cut_all(l) is l, cut_all(l) == l)
print(cut(Sliced(), 1, None), cut(Sliced(), None, None), cut(Sliced(), "a", 2))
print(cut(MyList([1, 2, 3]), 1, 2), cut({1: 2}.keys().__class__.__name__, 0, 4))
for bad in [5, None]:
    try:
        print(cut(bad, 0, 1))
    except TypeError as e:
        print("TypeError", e)
for b in ["x", 1.5, [1]]:
    try:
        print(cut("abc", b, 2))
    except TypeError as e:
        print("TypeError", e)


def line_parts(line):
    lb = line.find("[")
    rb = line.find("]", lb)
    return line[:6], line[lb + 1:rb], line[rb + 2:], line[-12:], ("_" + line)[1:][:3]


print(line_parts("000123 [INFO] auth: job #5 ok"))
print(line_parts("x"))
