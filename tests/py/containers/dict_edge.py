d = {}
print(d, len(d), bool(d), d.get(1), list(d.items()))
try:
    d[1]
except KeyError as e:
    print(type(e).__name__, e)
try:
    d[[1]] = 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    {}.get([1])
except TypeError as e:
    print(type(e).__name__)
d[1] = "a"
d[1.0] = "b"
d[True] = "c"
print(d)
d = {"x": 1}
d2 = d
d2["y"] = 2
print(d is d2, d)
d = dict.fromkeys(range(5), [])
d[0].append(1)
print(d)
d = {i: i for i in range(10)}
for k in list(d):
    if k % 3:
        del d[k]
print(d)
print(d.pop(3), d.pop(3, None), d)
d.update(((1, 1), (2, 2)))
print(d)
d.setdefault("L", []).append(5)
d.setdefault("L", []).append(6)
print(d["L"])
while d:
    print(d.popitem(), end=" ")
print()
print(dict({1: 2}, **{"a": 3}))
print(dict(zip("abc", range(3))))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("z", "none"))
counts = {}
for w in ["the", "cat", "and", "the", "hat", "and", "the", "bat"]:
    counts[w] = counts.get(w, 0) + 1
print(counts, max(counts, key=counts.get))
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv)
big = {}
for i in range(1000):
    big[i * 31 % 997] = i
print(len(big), big[0], big[996], list(big)[:5])
d = {1: 2}
d.clear()
d[5] = 6
print(d, d == {5: 6}, d != {5: 7})
