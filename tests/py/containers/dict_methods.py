d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("a", 9), d.setdefault("c", 3), d.setdefault("n"), d)
print(d.pop("a"), d.pop("zz", "dflt"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError", e)
print(d.popitem(), d)
e = {}
try:
    e.popitem()
except KeyError as ex:
    print("KeyError", ex)
d = {1: 1}
d.update({2: 2})
d.update([(3, 3), [4, 4]])
d.update(x=5)
d.update({6: 6}, y=7)
d.update()
print(d)
try:
    d.update([(1, 2, 3)])
except ValueError as ex:
    print("ValueError", ex)
c = d.copy()
c[100] = 100
print(len(d), len(c), 100 in d, 100 in c)
c.clear()
print(c, len(c))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
print({}.fromkeys((1,), "x"))
d = {1: "a", 2: "b", 3: "c"}
print(d.__getitem__(1), d.__len__(), d.__contains__(3), d.__contains__(4))
d.__setitem__(4, "d")
d.__delitem__(1)
print(d)
try:
    d.__delitem__(1)
except KeyError as ex:
    print("KeyError", ex)
try:
    d[99]
except KeyError as ex:
    print("KeyError", ex)
try:
    del d[99]
except KeyError as ex:
    print("KeyError", repr(ex))
print(list(d.__iter__()))
d = {}
for i in range(20):
    d[i] = i * i
for i in range(0, 20, 2):
    del d[i]
print(d)
d[0] = "new"
print(list(d)[-1], d.popitem(), len(d))
try:
    for k in d:
        d[k + 100] = 1
except RuntimeError as ex:
    print("RuntimeError", ex)
print({1: 2} == {1: 2}, {1: 2} == {1: 3}, {1: 2} != {2: 1})
print({1: 2} | {3: 4}, dict(a=1, b=2))
z = {1: 1}
z |= {2: 2}
print(z)
print(dict([(1, 2)], x=3))
print(sorted({3: 1, 1: 2, 2: 3}.items()))
print(d.get(1, None), d.get(3))
k = {(1, 2): "t", 1.5: "f", None: "n", True: "b"}
print(k[(1, 2)], k[1.5], k[None], k[1], k)
