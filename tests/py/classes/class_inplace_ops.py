class Vec:
    def __init__(self, *c):
        self.c = list(c)
    def __repr__(self):
        return "Vec%r" % (tuple(self.c),)
    def __iadd__(self, o):
        self.c = [a + b for a, b in zip(self.c, o.c)]
        return self
    def __isub__(self, o):
        self.c = [a - b for a, b in zip(self.c, o.c)]
        return self
    def __imul__(self, k):
        self.c = [a * k for a in self.c]
        return self
    def __itruediv__(self, k):
        self.c = [a / k for a in self.c]
        return self
    def __ifloordiv__(self, k):
        self.c = [a // k for a in self.c]
        return self
    def __imod__(self, k):
        self.c = [a % k for a in self.c]
        return self
v = Vec(10, 20)
ident = v
v += Vec(1, 2); print(v)
v -= Vec(1, 1); print(v)
v *= 3; print(v)
v //= 2; print(v)
v %= 7; print(v)
v /= 2; print(v)
print(v is ident)
