class C:
    x = 1
    def __init__(self):
        self.y = 2
c = C()
print(getattr(c, "x"), getattr(c, "y"), getattr(c, "z", None), hasattr(c, "x"), hasattr(C, "y"))
setattr(c, "z", 3)
setattr(C, "w", 4)
print(c.z, c.w, C.w)
delattr(c, "z")
print(hasattr(c, "z"))
try:
    delattr(c, "nope")
except AttributeError:
    print("AttributeError")
try:
    getattr(c, "nope")
except AttributeError:
    print("AttributeError get")
name = "dyn_" + "attr"
setattr(c, name, "dynamic")
print(getattr(c, name), sorted(n for n in dir(c) if not n.startswith("__")))
