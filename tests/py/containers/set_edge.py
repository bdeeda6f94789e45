e = set()
print(e, len(e), bool(e), e == set(), e == frozenset(), e.union(), e - {1}, e & {1}, e | set())
print(set([]), set(()), set(""), set({}), frozenset(""))
fs = frozenset([1, 2])
d = {fs: "fs"}
print(d[frozenset([2, 1])], hash(fs) == hash(frozenset([1, 2])), {fs, frozenset([2, 1])})
print({frozenset(), frozenset([1])} == {frozenset([1]), frozenset()})
try:
    {set()}
except TypeError as ex:
    print(type(ex).__name__, ex)
try:
    hash({1})
except TypeError as ex:
    print(type(ex).__name__, ex)
s = {1, 2, 3}
try:
    for x in s:
        s.add(x + 10)
except RuntimeError as ex:
    print(type(ex).__name__, ex)
s = {1, 2, 3}
for x in list(s):
    s.discard(x)
print(s)
s = set(range(50))
s -= set(range(0, 50, 2))
print(len(s), min(s), max(s), sum(s))
s = {1, 2}
s.update(s)
s.intersection_update(s)
print(s, s.difference(s), s.symmetric_difference(s), s.union(s))
s.symmetric_difference_update(s)
print(s)
s = {1, 2, 3}
s.difference_update(s)
print(s)
print({1, 2, 3} - {2} - {3}, {1} | {2} | {3}, {1, 2} ^ {2, 3} ^ {3, 4})
print(1 in {1.0}, 1.0 in {True}, {1, 1.0, True})
print(sorted({-5, 10, 0}), list(reversed(sorted({3, 1}))))
a = {1, 2}
b = a
b |= {3}
print(a is b, a)
a = frozenset([1])
b = a
b |= {3}
print(a is b, a, b)
print(set("aab") == {"a", "b"}, len(set("aab")))
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset([]), set().isdisjoint(set()))
big = set(range(10000))
big2 = set(range(5000, 15000))
print(len(big & big2), len(big | big2), len(big - big2), len(big ^ big2))
print(sorted(big & {9999, 10000, -1}))
