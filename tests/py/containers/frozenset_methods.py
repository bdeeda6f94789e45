f = frozenset([4, 2, 8])
g = frozenset({2, 3})
print(f | g, f & g, f - g, f ^ g, type(f | g).__name__)
print(f | {1}, {1} | f, type({1} | f).__name__, type(f | {1}).__name__)
print(f.union(g, [100]), f.intersection(g, [2]), f.difference(g, [8]), f.symmetric_difference(g))
print(f.issubset(f), f.issuperset(g), f.isdisjoint(g), f < f, f <= f, f == set(f))
print(len(f), 8 in f, 7 in f, sorted(f), frozenset(f) is f)
print(frozenset(), frozenset([]) == frozenset(), hash(frozenset()) == hash(frozenset([])))
for op in ["add", "remove", "discard", "pop", "clear", "update"]:
    print(op, hasattr(f, op))
s = {f, g}
print(frozenset([8, 2, 4]) in s, len(s))
class FS(frozenset):
    pass
x = FS([1, 2])
print(x, type(x).__name__, type(x | {3}).__name__, x | {3}, len(x), 2 in x)
