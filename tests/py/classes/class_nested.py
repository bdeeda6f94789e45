class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v
        def __repr__(self):
            return "Inner(%r)" % self.v
    def make(self, v):
        return self.Inner(v)
o = Outer()
print(o.make(3), Outer.Inner(4), Outer.Inner.__name__)
def factory(base_val):
    class Local:
        val = base_val
        def get(self):
            return self.val
    return Local
A, B = factory(1), factory(2)
print(A().get(), B().get(), A is B, A.__name__)
