d = {"a": 1, "b": 2, "c": 3}
del d["a"]
d["a"] = 4
print(d, list(d), d == {"c": 3, "b": 2, "a": 4})
d["b"] = 20
print(list(d.items()))
a = {"x": 1, "y": 2}
b = {"y": 3, "z": 4}
print({**a, **b}, {**b, **a}, dict(a, **b), a | b if hasattr(a, "__or__") else {**a, **b})
a |= {"w": 0}
print(a)
scores = {"ann": 3, "bob": 7, "cy": 5}
print(max(scores, key=scores.get), min(scores, key=lambda k: scores[k]), sorted(scores, key=scores.get, reverse=True))
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])), dict(sorted(scores.items())))
inv = {v: k for k, v in scores.items()}
print(inv, len(inv))
print(d.keys() == {"a", "b", "c"}, d.items() == {("c", 3), ("b", 20), ("a", 4)}, list(d.values()) == [3, 20, 4])
nested = {"l1": {"l2": {"l3": [1, 2]}}}
nested["l1"]["l2"]["l3"].append(3)
print(nested, nested["l1"].get("missing", {}).get("x", "deep default"))
counts = {}
for w in "the cat the hat the end".split():
    counts[w] = counts.get(w, 0) + 1
print(counts, sorted(counts.items(), key=lambda x: x[1])[-1])
grid = {(x, y): x * y for x in range(3) for y in range(3) if x != y}
print(len(grid), grid[(1, 2)], (2, 2) in grid, sorted(grid)[:3])
print(dict.fromkeys(range(3), []), {1: 1}.__len__(), {}.get(1, {}).get(2))
keys = list(range(20))
big = {k: k * k for k in keys}
for k in keys[::2]:
    del big[k]
print(list(big)[:5], len(big), sum(big.values()))
for k in keys[::2]:
    big[k] = -k
print(list(big)[-3:], len(big))
