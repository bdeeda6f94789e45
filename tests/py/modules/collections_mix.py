from collections import OrderedDict, deque, namedtuple
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p.x, p[1], p._fields, len(p))
print(p == (1, 2), p._asdict() if hasattr(p, "_asdict") else "")
x, y = p
print(x + y, tuple(p), list(p))
P3 = namedtuple("P3", ["a", "b", "c"])
q = P3(*range(3))
print(q, q[-1], q[0:2])
try:
    Pt(1)
except TypeError:
    print("TypeError")
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od["m"] = 3
print(list(od.keys()), list(od.items()))
od.move_to_end("z")
print(list(od))
od.move_to_end("m", False)
print(list(od))
print(od.popitem(), od.popitem(False) if True else 0)
print(od)
d = deque([1, 2, 3], 5)
d.append(4)
d.appendleft(0)
d.append(5)
print(list(d), len(d))
print(d.popleft(), d.pop(), list(d))
d.extend([7, 8])
print(list(d))
dd = deque((), 3)
for i in range(6):
    dd.append(i)
print(list(dd), bool(dd), bool(deque((), 1)))
try:
    deque((), 2).pop()
except IndexError:
    print("IndexError")
print(d[0], d[-1])
print(OrderedDict([("b", 1), ("a", 2)]))
