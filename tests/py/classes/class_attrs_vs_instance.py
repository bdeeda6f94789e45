class C:
    shared = []
    n = 0
    def __init__(self):
        self.own = []
a, b = C(), C()
a.shared.append(1)
a.own.append(2)
print(b.shared, b.own, C.shared)
a.n = 5
print(a.n, b.n, C.n)
C.n = 10
print(a.n, b.n)
del a.n
print(a.n)
print(sorted(k for k in a.__dict__), "n" in b.__dict__)
print(a.__dict__ if False else sorted(a.__dict__))
C.new_attr = "added later"
print(a.new_attr)
