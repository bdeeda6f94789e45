from collections import namedtuple
Point = namedtuple("Point", "x y")
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], len(p), tuple(p))
x, y = p
print(x, y, p == (1, 2), p == Point(1, 2), hash(p) == hash((1, 2)))
print(Point._fields, p._asdict(), p._replace(y=5), Point._make([7, 8]))
print(isinstance(p, tuple), type(p).__name__, p[:1], list(p))
P3 = namedtuple("P3", ["a", "b", "c"])
print(P3(1, b=2, c=3), P3(c=3, b=2, a=1))
P4 = namedtuple("P4", "a, b", defaults=[10])
print(P4(1), P4(1, 2))
class V(namedtuple("V", "x y")):
    def norm(self):
        return self.x ** 2 + self.y ** 2
v = V(3, 4)
print(v.norm(), v.x)
d = {p: "pt"}
print(d[Point(1, 2)])
for args in [(1,), (1, 2, 3)]:
    try:
        Point(*args)
    except TypeError as e:
        print("TypeError")
try:
    namedtuple("Bad", "x _y")
except ValueError as e:
    print("ValueError", e)
try:
    namedtuple("Bad", "x x")
except ValueError as e:
    print("ValueError", e)
try:
    p.x = 5
except AttributeError:
    print("AttributeError")
print(sorted([Point(2, 1), Point(1, 5)]))
