f = frozenset([3, 1, 2])
print(sorted(f), len(f), 2 in f, type(f).__name__)
print(f == {1, 2, 3}, f | {4} == {1, 2, 3, 4}, type(f | {4}).__name__, type({4} | f).__name__)
print(sorted(f & {1, 5}), sorted(f - {1}), sorted(f ^ {1, 9}))
d = {f: "frozen"}
print(d[frozenset({1, 2, 3})])
s = {frozenset([1]), frozenset([1]), frozenset()}
print(len(s))
try:
    f.add(4)
except AttributeError:
    print("AttributeError")
print(frozenset(), frozenset() == set(), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(repr(frozenset([7])))
