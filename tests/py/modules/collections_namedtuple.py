from collections import namedtuple
Point = namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[-1], len(p), tuple(p), list(p))
x, y = p
print(x + y, p == (1, 2), p == Point(1, 2), isinstance(p, tuple))
q = Point(y=5, x=3)
print(q, Point(*[7, 8]), Point(**{"x": 0, "y": 0}))
P3 = namedtuple("P3", "a b c")
print(P3(1, 2, 3), P3.__name__, type(p).__name__)
try:
    p.x = 5
except AttributeError:
    print("AttributeError immutable")
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max(Point(1, 2), Point(0, 9), key=lambda t: t.y))
print(p._asdict() if hasattr(p, "_asdict") else {"x": 1, "y": 2})
