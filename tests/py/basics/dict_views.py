d = {"a": 1, "b": 2, "c": 3}
k = d.keys()
v = d.values()
i = d.items()
print(len(k), len(v), len(i), "a" in k, 2 in v, ("b", 2) in i, ("b", 3) in i)
d["d"] = 4
print(list(k), list(v), list(i))
for key, val in d.items():
    print(key, val)
print(list(reversed(list(d.keys()))))
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(list({}.keys()), list({}.items()))
