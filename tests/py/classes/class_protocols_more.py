class Seq:
    def __init__(self, data): self.data = list(data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return Seq(self.data[k])
        return self.data[k]
    def __setitem__(self, k, v): self.data[k] = v
    def __delitem__(self, k): del self.data[k]
    def __len__(self): return len(self.data)
    def __repr__(self): return "Seq(%r)" % self.data
s = Seq(range(6))
print(s[1:4], s[::2], s[-1], len(s), 3 in s, list(s), bool(Seq([])))
s[0] = 99; s[1:3] = ["a", "b", "c"]; del s[-1]; del s[::3]
print(s)
class Sl:
    def __getitem__(self, k): return k
sl = Sl()
print(sl[1:2], sl[::3], sl[1, 2], sl[..., 1], sl[:, 1:])
print(slice(1, 5, 2).indices(3), slice(None).start, slice(-3, None).indices(10), slice(5).stop)
class Num:
    def __init__(self, v): self.v = v
    def __int__(self): return int(self.v)
    def __float__(self): return float(self.v)
    def __index__(self): return int(self.v)
    def __round__(self, n=None): return "rounded %s" % n
    def __neg__(self): return Num(-self.v)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return abs(self.v)
    def __format__(self, spec): return "Num[" + format(self.v, spec) + "]"
n = Num(3.7)
print(int(n), float(n), round(n), round(n, 2), (-n).v, +n, ~n, abs(Num(-2)), f"{n:.2f}", "{:>6}".format(Num(1)))
print(list(range(Num(3))), hex(Num(255)), [10, 20, 30, 40][Num(1)], "abc"[Num(2)], bin(Num(2)))
class B:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
print(bool(B(0)), bool(B(2)), "yes" if B(1) else "no", not B(0))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError:
    print("TypeError __bool__")
class BadStr:
    def __str__(self): return 1
try:
    str(BadStr())
except TypeError:
    print("TypeError __str__")
class Unhash:
    __hash__ = None
try:
    {Unhash()}
except TypeError:
    print("TypeError unhashable")
class BadInit:
    def __init__(self): return 5
try:
    BadInit()
except TypeError:
    print("TypeError __init__")
class Abstract:
    def area(self): raise NotImplementedError("subclass must")
class Sq(Abstract):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
for shape in [Sq(3), Abstract()]:
    try:
        print(shape.area())
    except NotImplementedError as e:
        print("NotImplementedError", e)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i * 10
print(list(It()), 20 in It(), sum(It()), dict(zip(It(), "abc")), sorted(It(), reverse=True))
a, b, c = It()
print(a, b, c)
print([*It(), *It()])
class Comp:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __repr__(self): return "C%d" % self.v
cs = [Comp(3), Comp(1), Comp(2)]
print(sorted(cs), max(cs), min(cs), Comp(1) > Comp(0), Comp(1) >= Comp(1))
class Call:
    def __init__(self): self.calls = 0
    def __call__(self, x=1):
        self.calls += x
        return self
c = Call()
c()(2)(x=3)
print(c.calls, callable(c), callable(Comp(1)))
class Eq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Eq) and o.v == self.v
    def __hash__(self): return hash(self.v)
print(Eq(1) in [Eq(2), Eq(1)], [Eq(1)].index(Eq(1)), [Eq(1), Eq(1)].count(Eq(1)), {Eq(1): 2}.get(Eq(1)))
print(Eq(1) != Eq(1), Eq(1) != Eq(2), len({Eq(1), Eq(1)}))
