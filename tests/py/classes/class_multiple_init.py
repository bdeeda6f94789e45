class A:
    def __init__(self):
        print("A init")
        self.a = 1
class B:
    def __init__(self):
        print("B init")
        self.b = 2
class C(A, B):
    def __init__(self):
        A.__init__(self)
        B.__init__(self)
        print("C init")
c = C()
print(c.a, c.b)
class Base:
    def __init__(self, **kw):
        print("Base", sorted(kw))
class L(Base):
    def __init__(self, left=None, **kw):
        print("L", left)
        super().__init__(**kw)
class R(Base):
    def __init__(self, right=None, **kw):
        print("R", right)
        super().__init__(**kw)
class Both(L, R):
    pass
Both(left=1, right=2, extra=3)
