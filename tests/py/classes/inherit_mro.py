class A:
    def who(self): return "A"
    def chain(self): return ["A"]
class B(A):
    def who(self): return "B" + super().who()
    def chain(self): return ["B"] + super().chain()
class C(A):
    def who(self): return "C" + super().who()
    def chain(self): return ["C"] + super().chain()
class D(B, C):
    def who(self): return "D" + super().who()
    def chain(self): return ["D"] + super().chain()
print(D().who(), D().chain())
print(isinstance(D(), (int, C)), issubclass(D, A), issubclass(A, D), issubclass(D, (str, B)))
class Base:
    count = 0
    def __init__(self):
        Base.count += 1
        self.inst = Base.count
class Sub(Base):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
s1 = Sub("x"); s2 = Sub("y")
print(Base.count, s1.inst, s2.inst, s2.tag, Sub.count)
class K:
    shared = []
    val = 1
k1, k2 = K(), K()
k1.shared.append(1)
k1.val = 5
print(k2.shared, k2.val, K.val, k1.val)
del k1.val
print(k1.val)
class P:
    def __init__(self): self._v = 0
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x):
        if x < 0: raise ValueError("neg")
        self._v = x
    @v.deleter
    def v(self): print("deleting"); self._v = None
    @classmethod
    def make(cls, n):
        o = cls(); o.v = n; return o
    @staticmethod
    def twice(n): return 2 * n
p = P.make(4)
print(p.v, P.twice(3), p.twice(4), type(p.make(1)).__name__)
try:
    p.v = -1
except ValueError as e:
    print("ValueError", e)
del p.v
print(p.v)
class Q(P):
    @property
    def v(self): return "Q" + str(self._v)
q = Q()
print(q.v)
try:
    q.v = 3
except AttributeError:
    print("AttributeError read-only")
class M1:
    def f(self): return "M1.f"
class M2:
    def f(self): return "M2.f"
    def g(self): return "M2.g"
class M3(M1, M2): pass
print(M3().f(), M3().g())
T = type("T", (A,), {"z": 3, "who": lambda self: "T"})
print(T().who(), T.z, T.__name__, T().chain())
print(type(3) is int, type("s").__name__, type(T()) is T)
class Str:
    def __str__(self): return "STR"
class Rep:
    def __repr__(self): return "REP"
print(Str(), Rep(), [Rep()], str(Rep()), "%s %r" % (Rep(), Rep()))
print(repr(Str()).startswith("<"))
