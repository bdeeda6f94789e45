d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k)
print(v)
print(it)
print(len(k), len(v), len(it))
print("a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it, (1,) in it)
d["d"] = 4
print(k, len(v), list(it)[-1])
del d["a"]
print(list(k), list(v), list(it))
print(sorted(k), sorted(v), sorted(it))
print(k & {"b", "x"}, k & ["c"])
print(sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}))
print({"b", "x"} & k, sorted({"b", "x"} | k), sorted(["q", "b"] - k) if False else "-")
print(k == {"b", "c", "d"}, k == {"b"}, k != {"b"}, {"b", "c", "d"} == k)
print(k <= {"b", "c", "d", "e"}, k < {"b", "c", "d"}, k >= {"b"}, k > {"b"})
print(it & {("b", 2)}, sorted(it - {("b", 2)}))
print(k.isdisjoint(["x"]), k.isdisjoint(["b"]))
e = {}
print(e.keys(), e.values(), e.items(), list(e.keys()), len(e.items()))
print(type(k).__name__, type(v).__name__, type(it).__name__)
for key, val in d.items():
    print(key, val)
for val in d.values():
    print(val, end=" ")
print()
x = {1: [1], 2: [2]}
print([1] in x.values(), [3] in x.values())
print(list(zip(d.keys(), d.values())))
print(set(d.keys()) == set(k), tuple(d.items()))
it2 = iter(d.keys())
print(next(it2))
d["new"] = 0
try:
    next(it2)
except RuntimeError as ex:
    print("RuntimeError", ex)
print(repr({1: {2: 3}}.items()))
print(max(d.values()), min(d.keys()), sum(d.values()))
