class C:
    def __init__(self, v):
        self.v = v
    def get(self):
        return self.v
a, b = C(1), C(2)
ga = a.get
print(ga(), C.get(b), ga.__self__ is a if hasattr(ga, "__self__") else True)
fs = [x.get for x in (a, b)]
print([f() for f in fs])
a.get = lambda: "instance override"
print(a.get(), b.get())
def external(self):
    return self.v * 100
C.ext = external
print(b.ext())
print(C.get(C(9)))
