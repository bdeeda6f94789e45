d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
it = d.items()
d["d"] = 4
print(list(k), list(v), list(it), len(k), "a" in k, 2 in v, ("b", 2) in it)
print(sorted(k & {"a", "z"}), sorted(k | {"z"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}))
print(d.setdefault("a", 9), d.setdefault("e", 5), d.pop("e"), d.pop("zz", "dflt"))
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
d.update(x=1, y=2)
d.update([("z", 0)])
d.update({"a": 100})
print(d)
print(dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("ab", range(2))), dict(a=1, **{"b": 2}))
print(d.get("nope"), d.get("nope", 0), d.copy() == d, d.copy() is d)
print({1: "a", 1.0: "b", True: "c"})
e = {}
try:
    e.popitem()
except KeyError:
    print("KeyError popitem")
for key in list(d):
    if key in ("x", "y"):
        del d[key]
print(d)
try:
    for key in d:
        d["new"] = 1
except RuntimeError:
    print("RuntimeError changed size")
print({k: v for k, v in [(1, 2), (3, 4)] if k > 1}, dict([(1, 2)]), dict({3: 4}))
s = {3, 1, 2}
f = frozenset([2, 3, 4])
print(sorted(s | f), sorted(s & f), sorted(s - f), sorted(s ^ f), sorted(f - s))
print(type(f | s).__name__, type(s | f).__name__)
print(s.issubset({1, 2, 3, 4}), s <= {1, 2, 3}, s < {1, 2, 3}, s.isdisjoint({9}), {1, 2} > {1})
s.add(5); s.discard(99); s.remove(1)
print(sorted(s))
try:
    s.remove(99)
except KeyError as e:
    print("KeyError", e)
s2 = s.copy(); s2.clear()
print(s2, set(), frozenset(), sorted(s.union([7], (8,))), sorted(s.intersection({2, 3, 7})))
s.update([10], {11}); s.difference_update({10}); s.intersection_update({2, 3, 5, 11})
print(sorted(s), s.pop() in {2, 3, 5, 11})
s3 = {1, 2, 3}; s3.symmetric_difference_update({3, 4}); print(sorted(s3))
print({frozenset([1]): "fs"}[frozenset([1])], hash(frozenset()) == hash(frozenset()))
print(set("hello") == set("olleh"), {1, 2} == frozenset({1, 2}), len(set(range(100)) - set(range(50))))
