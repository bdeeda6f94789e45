# MicroPython ignores __slots__ (documented difference: instances always take new attributes), so
# this file has a .exp with MicroPython's output; CPython raises AttributeError for p.z.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
p = P(1, 2)
print(p.x, p.y, P.__slots__)
try:
    p.z = 3
    print("assigned z", p.z)
except AttributeError:
    print("AttributeError")
