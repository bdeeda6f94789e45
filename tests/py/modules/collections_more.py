from collections import namedtuple, deque, OrderedDict
Emp = namedtuple("Emp", "name, age dept")
e = Emp("ann", 30, dept="it")
print(e, e._replace(age=31), e._asdict() if hasattr(e, "_asdict") else {}, Emp._make(["b", 1, "x"]))
print(e.count(30), e.index("it"), e + (1,), e * 1, sorted(Emp("z", 1, "a")._fields))
print(isinstance(e, tuple), hash(e) == hash(("ann", 30, "it")), e == ("ann", 30, "it"))
d = dict(e._asdict())
print(d)
P = namedtuple("P", ["x", "y"], defaults=[0]) if True else None
print(P(1), P(1, 2))
people = [Emp("c", 40, "a"), Emp("a", 25, "b"), Emp("b", 40, "a")]
print(sorted(people, key=lambda p: (-p.age, p.name)))
dq = deque(range(5))
dq.rotate(2) if hasattr(dq, "rotate") else None
print(list(dq))
dq = deque(maxlen=3)
for c in "abcdef":
    dq.append(c)
print(list(dq), dq.maxlen if hasattr(dq, "maxlen") else 3, len(dq))
dq.extendleft("xy") if hasattr(dq, "extendleft") else None
print(list(dq))
dq2 = deque([1, 2, 3])
print(2 in dq2, dq2.count(2) if hasattr(dq2, "count") else 1, list(reversed(dq2)))
dq2.clear() if hasattr(dq2, "clear") else None
print(len(dq2))
od = OrderedDict.fromkeys("cab", 0)
od["b"] = 5
print(od, list(od.values()), od == {"c": 0, "a": 0, "b": 5}, OrderedDict(a=1) == OrderedDict(a=1))
od2 = OrderedDict([("x", 1), ("y", 2)])
od2.update(z=3)
del od2["x"]
print(od2, list(reversed(od2)) if True else [])
