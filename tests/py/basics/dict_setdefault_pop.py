counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
while groups:
    k, v = groups.popitem()
    print(k, v)
d = {"a": 1}
print(d.setdefault("b"), d)
