class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value)
l = Logged()
l.b = 2
print(l.a, l.b)
class Frozen:
    def __init__(self, x):
        object.__setattr__(self, "x", x)
    def __setattr__(self, name, value):
        raise AttributeError("frozen")
f = Frozen(5)
print(f.x)
try:
    f.x = 6
except AttributeError as e:
    print("AttributeError", e)
print(f.x)
class Validated:
    def __setattr__(self, name, value):
        if not isinstance(value, int):
            raise TypeError(name + " must be int")
        super().__setattr__(name, value)
v = Validated()
v.n = 3
try:
    v.s = "x"
except TypeError as e:
    print(e)
print(v.n, hasattr(v, "s"))
