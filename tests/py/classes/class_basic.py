class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def dist2(self):
        return self.x ** 2 + self.y ** 2
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
p = Point(3, 4)
print(p.x, p.y, p.dist2())
print(p.move(1, 1).dist2(), p.x)
q = Point(0, 0)
print(q.dist2(), type(p).__name__, Point.__name__, isinstance(p, Point))
p.z = "dynamic"
print(p.z, hasattr(q, "z"))
print(Point.dist2(p))
m = p.dist2
print(m())
class Empty:
    pass
e = Empty()
print(type(e) is Empty, isinstance(e, object))
