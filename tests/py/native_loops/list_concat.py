# list + list (the result built at its exact size): empty operands, a list added to itself,
# subclasses, mixed operand types, the operands unchanged, in a loop (`[c] + nbrs[c]`).


class L(list):
    pass


class R:
    def __radd__(self, other):
        return ("radd", other)


def cat(a, b):
    return a + b


a = [1, 2, 3]
print(cat(a, a), a, cat([], []), cat([], a), cat(a, []))
r = cat(a, [4])
r.append(5)
print(r, a, cat(a, []) is a, cat([], a) is a)
print(cat(L([1]), [2]), type(cat(L([1]), [2])).__name__, cat([0], L([7, 8])), type(cat([0], L([7]))).__name__)
print(cat([1], R()))
for bad in ((1, 2), "ab", 3, None):
    try:
        cat([1], bad)
    except TypeError as e:
        print("TypeError", e)
nbrs = [[1, 2], [0], [], [0, 1, 2, 3]]
tot = []
for c in range(len(nbrs)):
    cells = [c] + nbrs[c]
    tot.append(cells)
    x = [c, c * 2] + nbrs[c] + [None]
    tot.append(x)
print(tot)
big = list(range(1000))
print(len(cat(big, big)), cat(big, big)[999:1001], sum(cat(big, [1])))


# `[x] + rhs` (native code builds the result in one step when rhs is a list).
class P:
    def __init__(self):
        self.items = [5, 6]

    @property
    def prop(self):
        return [7]


def pre(x, b, d, p, k):
    out = []
    out.append([x] + b)
    out.append([x + 1] + d[k])
    out.append([x] + p.items)
    out.append([x] + p.prop)
    out.append([None] + b)
    out.append([[x]] + [b])
    out.append([x] + [x] + b)
    try:
        out.append([x] + d["missing"])
    except KeyError as e:
        out.append(("KeyError", e.args))
    for bad in ((1,), "s", 2, None):
        try:
            out.append([x] + bad)
        except TypeError as e:
            out.append(str(e))
    out.append([x] + L([9]))
    out.append(type([x] + L([9])).__name__)
    out.append([x] + R())
    r = [x] + b
    r.append("new")
    out.append(b)
    return out


print(pre(3, [1, 2], {0: [4], 1: []}, P(), 0))
print(pre(-1, [], {0: [], 1: [8, 9]}, P(), 1))
