x = 1
del x
try:
    x
except NameError:
    print("NameError")
l = [1, 2, 3, 4]
del l[1], l[0]
print(l)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class C:
    pass
c = C()
c.attr = 1
del c.attr
print(hasattr(c, "attr"))
try:
    del c.attr
except AttributeError:
    print("AttributeError")
a, b = 1, 2
del a, b
try:
    print(a)
except NameError:
    print("NameError a")
def f():
    v = 1
    del v
    try:
        return v
    except NameError:
        return "deleted local"
print(f())
