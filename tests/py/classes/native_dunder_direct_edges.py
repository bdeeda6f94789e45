# Binary operators on instances whose method native code calls directly (`a + b` ->
# type(a).__add__(a, b)): NotImplemented and reflected methods, subclasses going first,
# in-place methods, comparisons in branches, methods changed after the site ran, exceptions.


class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented

    def __sub__(self, o):
        return V(self.x - o.x)

    def __mul__(self, k):
        return V(self.x * k)

    def __lt__(self, o):
        if isinstance(o, V):
            return self.x < o.x
        return NotImplemented

    def __eq__(self, o):
        if isinstance(o, V):
            return self.x == o.x
        return NotImplemented

    def __repr__(self):
        return "V(%r)" % (self.x,)


class W:
    def __init__(self, x):
        self.x = x

    def __radd__(self, o):
        return "W.__radd__(%s)" % type(o).__name__

    def __gt__(self, o):
        return "W.__gt__"


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def lt(a, b):
    return a < b


def branch(a, b):
    if a < b:
        return "lt"
    return "not lt"


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


# The common case, many times through the same sites.
s = V(0)
for i in range(200):
    s = add(s, V(i))
    s = sub(s, V(1))
print(s, mul(V(3), 2.5), lt(V(1), V(2)), branch(V(2), V(1)), branch(V(1), V(2)))

# NotImplemented: the reflected method of the other operand, then TypeError.
print(add(V(1), W(2)), lt(V(1), W(2)))
print(add(V(1), 5))
try:
    add(V(1), "s")
except TypeError:
    print("TypeError add")
try:
    lt(V(1), "s")
except TypeError:
    print("TypeError lt")
try:
    sub(V(1), 5)
except AttributeError:
    print("AttributeError sub")

# == / != : NotImplemented falls back to identity; != inverts __eq__.
v = V(1)
print(eq(v, V(1)), eq(v, "s"), eq(v, v), ne(v, V(1)), ne(v, V(2)), ne(v, "s"))


# A subclass of the left operand's class whose reflected method goes first.
class SubV(V):
    def __radd__(self, o):
        return "SubV.__radd__"


class PlainSub(V):
    pass


print(add(V(1), SubV(2)), add(V(1), PlainSub(2)), add(PlainSub(1), V(2)))


# In-place operators: __iadd__ when present, else __add__.
class I(V):
    def __iadd__(self, o):
        self.x += o.x * 100
        return self


def iadd(a, b):
    a += b
    return a


print(iadd(V(1), V(2)), iadd(I(1), V(2)).x, iadd(V(1), I(2)))


# Methods replaced, added and deleted after the sites ran.
class M:
    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return "first"


print(add(M(1), M(2)))
M.__add__ = lambda self, o: "lambda"
print(add(M(1), M(2)))


def add2(self, o, extra=0):
    return "defaults %d" % extra


M.__add__ = add2
print(add(M(1), M(2)))
del M.__add__
try:
    add(M(1), M(2))
except TypeError:
    print("TypeError after del")
M.__add__ = lambda self, o: NotImplemented
M.__radd__ = lambda self, o: "radd of M"
print(add(M(1), W(2)))
try:
    add(M(1), M(2))
except TypeError:
    print("TypeError: same type, no reflected call")

# An instance attribute named __add__ is not the operator.
m = V(1)
m.__add__ = lambda o: "instance attr"
print(add(m, V(1)))


# Exceptions from the method propagate (and the program continues).
class E:
    def __add__(self, o):
        raise ValueError("in __add__")

    def __lt__(self, o):
        return 1 // 0


for _ in range(2):
    try:
        add(E(), 1)
    except ValueError as e:
        print("ValueError", e)
    try:
        branch(E(), 1)
    except ZeroDivisionError:
        print("ZeroDivisionError")


# Truthiness of a non-bool result in a branch.
class T:
    def __init__(self, r):
        self.r = r

    def __lt__(self, o):
        return self.r


print([branch(T(r), 0) for r in (0, 1, "", "x", None, [], [0])])


# Subclasses of builtins: their operators come from the builtin part.
class MyInt(int):
    pass


class MyList(list):
    def __add__(self, o):
        return "MyList.__add__"


print(add(MyInt(2), 3), add(MyList([1]), [2]), add([0], MyList([1])))


# Recursion through an operator method.
class Chain:
    def __init__(self, n):
        self.n = n

    def __add__(self, o):
        if self.n == 0:
            return o
        return Chain(self.n - 1) + o


print(add(Chain(50), 7))


class Runaway:
    def __add__(self, o):
        return self + o


for _ in range(2):
    try:
        add(Runaway(), 1)
    except RecursionError:
        print("RecursionError")
print(add(V(2), V(3)))


# Operators whose operands are not instances, with call windows partly in registers (a value
# loaded just before must still reach its slot on every path).
def window(n):
    out = []
    for i in range(2, int(n ** 0.5) + 1):
        out.append(i)
    return out, [0] * 2 + [1], str(n % 7) + "x", max(n - 1, 2) ** 2


print(window(60), window(10))
