# Binary operators on instances when the dunder methods change at runtime.


class V:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return "V(%r)" % (self.x,)


def add(a, b):
    return a + b


try:
    add(V(1), V(2))
except TypeError:
    print("TypeError before __add__")

V.__add__ = lambda self, o: V(self.x + o.x)
print(add(V(1), V(2)), add(V(3), V(4)))


def add_mul(self, o):
    return V(self.x * o.x)


V.__add__ = add_mul
print(add(V(3), V(4)))

del V.__add__
try:
    add(V(1), V(2))
except TypeError:
    print("TypeError after del")


class W(V):
    def __radd__(self, o):
        return W(("radd", o.x, self.x))


print(add(V(1), W(2)))
V.__add__ = lambda self, o: NotImplemented
print(add(V(1), W(2)))


class N:
    def __add__(self, o):
        return NotImplemented

    def __radd__(self, o):
        return "N.radd"


print(add(1, N()), add(N(), N()) if False else "skip")
try:
    add(N(), 1)
except TypeError:
    print("TypeError NotImplemented")


class Inplace:
    def __init__(self):
        self.n = 0

    def __iadd__(self, o):
        self.n += o
        return self


x = Inplace()
for i in range(4):
    x += i
print(x.n)


class Cmp:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        return self.v < o.v


print(sorted([Cmp(3), Cmp(1), Cmp(2)], key=lambda c: c)[0].v)
Cmp.__lt__ = lambda self, o: self.v > o.v
print(Cmp(1) < Cmp(2))


class Boom:
    def __mul__(self, o):
        raise ValueError("mul failed")


def mul(a, b):
    return a * b


for _ in range(2):
    try:
        mul(Boom(), 2)
    except ValueError as e:
        print("ValueError", e)
