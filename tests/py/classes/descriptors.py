class Typed:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 0)
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError("bad type for " + self.name)
        obj.__dict__[self.name] = value
class Point:
    x = Typed("x", int)
    y = Typed("y", int)
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(1, 2)
for i in range(3):
    p.x = p.x + i
print(p.x, p.y, type(Point.x).__name__)
try:
    p.y = "s"
except TypeError as e:
    print("TypeError", e)
print(p.y)
class Const:
    def __get__(self, obj, owner):
        return 42
class Holder:
    c = Const()
h = Holder()
print(h.c, Holder.c)
h.__dict__["c"] = "instance wins for non-data descriptors"
print(h.c)
class Lazy:
    def __init__(self, f): self.f = f
    def __get__(self, obj, owner):
        if obj is None: return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Circle:
    def __init__(self, r): self.r = r
    @Lazy
    def area(self):
        print("computing")
        return 3 * self.r * self.r
c = Circle(2)
print(c.area, c.area)
