class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
p = Point(3, 4)
print("({0.x}, {0.y})".format(p), "{p.x}".format(p=p))
d = {"key": [10, 20], "k2": {"inner": "deep"}}
print("{0[key]} {0[key][1]} {0[k2][inner]}".format(d))
print("{d[key][0]}".format(d=d))
l = ["zero", "one"]
print("{0[1]} {0[0]}".format(l), "{0[0][0]}".format(l))
print("{0.real} {0.imag}".format(3 + 4j))
try:
    "{0.nope}".format(p)
except AttributeError:
    print("AttributeError")
