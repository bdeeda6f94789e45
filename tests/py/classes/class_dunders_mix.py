# operator dunders, sorting objects, containers protocol
class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)
    def __eq__(self, o):
        return isinstance(o, V) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)
    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __iter__(self):
        yield self.x
        yield self.y
    def __contains__(self, v):
        return v in (self.x, self.y)
    def __call__(self, *a, **k):
        return (a, sorted(k.items()))
vs = [V(3, 1), V(1, 2), V(1, 1), V(2, 0)]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(min(vs), max(vs))
print(V(1, 2) + V(3, 4), V(1, 2) * 3, 2 * V(1, 1), -V(1, -1))
print(abs(V(3, 4)), bool(V(0, 0)), bool(V(0, 1)), len(V(0, 0)))
print(V(5, 6)[1], V(5, 6)[-2], list(V(7, 8)), 8 in V(7, 8), 9 in V(7, 8))
print(V(1, 1)(1, 2, b=3, a=4))
print({V(1, 2): "a"}[V(1, 2)], len({V(1, 2), V(1, 2), V(2, 1)}))
print(V(1, 2) == V(1, 2), V(1, 2) != V(1, 2), V(1, 2) == (1, 2))
x, y = V(9, 10)
print(x, y)
try:
    V(1, 2) <= V(1, 2)
except TypeError:
    print("TypeError le")
class Rev:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * i
print(list(Rev(4)), list(reversed(Rev(3))), 9 in Rev(4))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], "abcd"[Idx()], bin(Idx()) if True else 0)
