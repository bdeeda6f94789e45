class Num:
    def __init__(self, v): self.v = v
    def __add__(self, o):
        if isinstance(o, Num): return Num(self.v + o.v)
        if isinstance(o, int): return Num(self.v + o)
        return NotImplemented
    def __radd__(self, o):
        return Num(o + self.v)
    def __eq__(self, o):
        if not isinstance(o, Num): return NotImplemented
        return self.v == o.v
    def __repr__(self): return "Num(%d)" % self.v
print(Num(1) + Num(2), Num(1) + 5, 5 + Num(1), sum([Num(1), Num(2)], Num(0)), sum([Num(3)]))
print(Num(1) == Num(1), Num(1) != Num(2), Num(1) == 1, Num(1) != 1)
try:
    Num(1) + "s"
except TypeError:
    print("TypeError add")
n = Num(1)
n += 2
print(n)
class Acc:
    def __init__(self): self.items = []
    def __iadd__(self, x):
        self.items.append(x); return self
a = Acc(); b = a
a += 1; a += 2
print(b.items, a is b)
class D(dict):
    def __missing__(self, k):
        self[k] = k * 2
        return self[k]
d = D(a="x")
print(d["a"], d["zz"], d, len(d), isinstance(d, dict))
class L(list):
    def push(self, x): self.append(x); return self
l = L([1]).push(2).push(3)
print(l, len(l), l[1:], type(l).__name__, sum(l))
class S(str):
    def shout(self): return self.upper() + "!"
s = S("hey")
print(s.shout(), s + "x", len(s), s == "hey", isinstance(s, str), s[1:])
class I(int):
    def double(self): return I(self * 2)
i = I(21)
print(i.double(), i + 1, type(i + 1).__name__, i > 20, hex(i))
class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("dyn_"): return name[4:]
        raise AttributeError(name)
g = G()
print(g.real, g.dyn_hello, hasattr(g, "dyn_x"), hasattr(g, "other"), getattr(g, "other", "dflt"))
class W:
    def __setattr__(self, k, v):
        object.__setattr__(self, k, v * 2 if isinstance(v, int) else v)
w = W(); w.a = 5; w.b = "s"
print(w.a, w.b)
class Desc:
    def __get__(self, obj, owner):
        return "got from %s" % (owner.__name__)
    def __set__(self, obj, val):
        obj.__dict__["stored"] = val
class HasDesc:
    d = Desc()
hd = HasDesc()
hd.d = 9
print(hd.d, HasDesc.d, hd.stored)
class New:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.made = a
        return o
    def __init__(self, *a):
        self.inited = True
nn = New(1, 2)
print(nn.made, nn.inited)
class Single:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Single() is Single())
class CM:
    @classmethod
    def create(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def create(cls): return "sub:" + super().create()
print(CM.create(), CM2.create(), CM2().create())
class Old:
    def m(self): return "old"
class Newer(Old):
    def m(self): return "new+" + super(Newer, self).m()
print(Newer().m())
class H:
    pass
h1, h2 = H(), H()
print(h1 == h1, h1 == h2, len({h1, h2, h1}), h1 != h2)
class Cnt:
    n = 0
    def __init__(self):
        type(self).n += 1
Cnt(); Cnt()
print(Cnt.n)
print(H.__name__, type(h1).__name__, h1.__class__ is H, isinstance(h1, object))
h1.__dict__["z"] = 1
print(h1.z, sorted(h1.__dict__))
class WithEq:
    def __eq__(self, o): return True
print(WithEq() == 1, WithEq() != 1)
try:
    hash(WithEq())
    print("hashable")
except TypeError:
    print("TypeError unhashable")
class Ctx:
    def __init__(self, n): self.n = n
    def __enter__(self): print("enter", self.n); return self.n
    def __exit__(self, t, v, tb):
        print("exit", self.n, t.__name__ if t else None)
        return self.n == 2
with Ctx(1) as a, Ctx(2) as b:
    print("body", a, b)
    raise KeyError("swallowed by 2")
print("after with")
try:
    with Ctx(3):
        raise ValueError("propagates")
except ValueError:
    print("caught")
def gen_ctx():
    with Ctx(4):
        return "returned"
print(gen_ctx())
for i in range(2):
    with Ctx(5):
        if i == 0: continue
        break
