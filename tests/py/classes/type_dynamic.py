def init(self, v):
    self.v = v
Dyn = type("Dyn", (object,), {"__init__": init, "double": lambda self: self.v * 2, "kind": "dyn"})
d = Dyn(21)
print(d.double(), d.kind, type(d).__name__, isinstance(d, Dyn), Dyn.__bases__[0].__name__)
Sub = type("Sub", (Dyn,), {"double": lambda self: "sub " + str(Dyn.double(self))})
print(Sub(2).double(), issubclass(Sub, Dyn), type(Sub) is type, type(type) is type)
class Plain:
    a = 1
    def m(self): return self.a
Plain.b = 2
Plain.m2 = lambda self: self.a + self.b
p = Plain()
print(p.b, p.m2(), hasattr(Plain, "b"))
del Plain.b
print(hasattr(p, "b"), getattr(Plain, "a"), vars(p), sorted(k for k in vars(Plain) if not k.startswith("__")))
p.x = 5
print(vars(p), p.__dict__ is vars(p))
setattr(Plain, "c", 3)
print(p.c, Plain.c, [k for k in dir(p) if not k.startswith("_")])
class WithClassAttr:
    items = []
    def add(self, x):
        self.items = self.items + [x]
        return self
w1, w2 = WithClassAttr(), WithClassAttr()
w1.add(1).add(2)
print(w1.items, w2.items, WithClassAttr.items)
f = Plain.m
print(f(p), Plain.m(p), p.m.__self__ is p if hasattr(p.m, "__self__") else True)
bm = p.m
Plain.a = 100
print(bm(), p.m())
class Meta:
    count = 0
    def __init__(self):
        Meta.count += 1
        self.id = Meta.count
objs = [Meta() for _ in range(3)]
print([o.id for o in objs], Meta.count)
print(type(p) == Plain, type(p) is Plain, p.__class__.__name__, Plain.__name__)
