class A:
    pass
class L:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
class B(L):
    def __bool__(self):
        return True
for obj in (A(), L(0), L(2), B(0)):
    print(type(obj).__name__, bool(obj), not obj, "t" if obj else "f")
try:
    len(A())
except TypeError:
    print("TypeError no len")
