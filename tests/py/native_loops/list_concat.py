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
