a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a.union(b, [9])), sorted(a.intersection(b, {4})), sorted(a.difference(b, {1})), sorted(a.symmetric_difference(b)))
print(a <= a, a < a, a >= {1}, a > {1, 2, 3, 4}, {1} < a, a.issuperset([1, 2]), frozenset(a) == a)
c = a.copy()
c -= {1}
c |= {10}
c &= {2, 3, 10}
c ^= {3, 99}
print(sorted(c), sorted(a))
fs = frozenset("abc")
print(sorted(fs | {"d"}), type(fs & {"a"}).__name__, "a" in fs, len(fs), sorted(fs.union("z")))
d = {fs: 1, frozenset(): 0}
print(d[frozenset("cba")], d[frozenset()])
s = set()
for x in [3, 1, 3, 2, 1]:
    s.add(x)
print(sorted(s), len(s), s == {1, 2, 3}, {1, 2} != {2, 1})
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
try:
    frozenset().add
except AttributeError:
    print("AttributeError frozenset add")
print(sorted({x % 4 for x in range(20)}), {(1, 2), (1, 2)}, set([()]) if True else 0, bool(set()), bool({0}))
words = ["apple", "banana", "avocado", "blueberry", "cherry"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], set()).add(len(w))
print({k: sorted(v) for k, v in sorted(by_letter.items())})
print(sorted(set("mississippi")), len(set(range(0, 100, 3)) & set(range(0, 100, 5))))
p = {1, 2}
q = p
p = p | {3}
print(q, p is q)
q |= {4}
print(sorted(q))
