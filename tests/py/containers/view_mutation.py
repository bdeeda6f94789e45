d = dict.fromkeys("abc", 0)
k = d.keys()
v = d.values()
i = d.items()
d["d"] = 1
del d["a"]
print(k, v, i)
d.clear()
print(k, v, i, len(k), list(i))
d.update(x=1, y=2)
print(sorted(k), sorted(v), sorted(i))
try:
    for key in d.keys():
        d[key + "!"] = 0
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    for key in d:
        del d[key]
except RuntimeError as e:
    print(type(e).__name__, e)
d = {1: 1, 2: 2}
for key in list(d.keys()):
    d[key * 10] = key
print(d)
for key, val in list(d.items()):
    if val == 1:
        del d[key]
print(d)
print(list(d.keys()) == list(d), len(d.values()))
x = {"a": 1}
ks = x.keys()
print("a" in ks, ks == {"a"}, ks & {"a", "b"}, ks | {"b"} == {"a", "b"})
