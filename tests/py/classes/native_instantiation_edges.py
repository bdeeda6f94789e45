# Class instantiation at a call site that native code turns into "allocate + call __init__
# directly" once the class's __init__ is known (a plain Python class, default __new__): the same
# call site must see every later change, and everything unusual must behave as usual.


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q(P):
    pass


class R(P):
    def __init__(self, x, y):
        P.__init__(self, y, x)
        self.r = True


def make(cls, a, b):
    # One call site, several classes.
    return cls(a, b)


def show(o):
    return (type(o).__name__, sorted(o.__dict__.items()))


for cls in (P, Q, R, P, R, Q):
    print(show(make(cls, 1, 2)))

# Many instances through the same site (the layout grows as attributes are added).
total = 0
for i in range(300):
    total += make(P, i, 1).x
print(total)


# __init__ returning something other than None, every time.
class Bad:
    def __init__(self, v):
        return v


def bad(v):
    return Bad(v)


for v in (None, 0, "s", None, [1]):
    try:
        print("ok", type(bad(v)).__name__)
    except TypeError:
        print("TypeError for", repr(v))


# __init__ raising, and the instance is not leaked into the result.
class Raises:
    count = 0

    def __init__(self, n):
        Raises.count += 1
        if n % 2:
            raise ValueError("odd %d" % n)
        self.n = n


def try_raises(n):
    try:
        return Raises(n).n
    except ValueError as e:
        return str(e)


print([try_raises(n) for n in range(6)], Raises.count)


# Wrong argument counts and keywords at the same site after it ran.
def one(cls, *a, **k):
    return cls(*a, **k)


def pos1(cls, a):
    return cls(a)


def pos3(cls, a, b, c):
    return cls(a, b, c)


print(show(make(P, 3, 4)))
for f, args in ((pos1, (P, 1)), (pos3, (P, 1, 2, 3))):
    try:
        f(*args)
    except TypeError:
        print("TypeError", f.__name__)
print(show(one(P, 5, y=6)))


# __init__ with defaults, *args, keyword-only, a closure: not plain, still correct.
class D:
    def __init__(self, x, y=10):
        self.s = x + y


class V:
    def __init__(self, *a):
        self.a = a


class K:
    def __init__(self, x, *, k=7):
        self.s = (x, k)


def closure_class():
    bias = 100

    class C:
        def __init__(self, x):
            self.x = x + bias

    return C


def d1(cls, a):
    return cls(a)


print(d1(D, 1).s, d1(V, 1).a, d1(K, 1).s, d1(closure_class(), 1).x)


# The class changes after the call site ran: __init__ replaced, deleted, __new__ added.
class M:
    def __init__(self, x):
        self.x = x


def mk(x):
    return M(x)


print(show(mk(1)))


def init2(self, x):
    self.y = x * 2


M.__init__ = init2
print(show(mk(2)))
M.__init__ = lambda self, x: None
print(show(mk(3)))
del M.__init__
try:
    mk(4)
except TypeError:
    print("TypeError: object() takes no arguments")


class N:
    def __init__(self, x):
        self.x = x


def mkn(x):
    return N(x)


print(show(mkn(1)))


def new(cls, x):
    o = object.__new__(cls)
    o.made_by_new = x
    return o


N.__new__ = staticmethod(new)
print(show(mkn(2)))


# __new__ returning something else: __init__ is not called.
class Other:
    def __new__(cls, x):
        return x

    def __init__(self, x):
        print("never")


def mko(x):
    return Other(x)


print(mko(5), mko("s"))


# A subclass whose __init__ is inherited from a class that changes later.
class Base:
    def __init__(self, x):
        self.base = x


class Sub(Base):
    pass


def mks(x):
    return Sub(x)


print(show(mks(1)))
Base.__init__ = lambda self, x: setattr(self, "patched", x)
print(show(mks(2)))


# Calling builtin types and classes with metaclass-free builtin bases at the same kind of site.
class L(list):
    def __init__(self, n):
        list.__init__(self, range(n))


class Ex(Exception):
    def __init__(self, m):
        Exception.__init__(self, m)
        self.m = m


def mk1(cls, a):
    return cls(a)


print(mk1(L, 3), mk1(int, "7"), mk1(str, 5), mk1(Ex, "e").m, mk1(tuple, [1, 2]))


# Recursion through __init__ (runaway recursion: stress/recursion_native_calls.py).
class Deep:
    def __init__(self, n):
        self.child = Deep(n - 1) if n else None


d = Deep(50)
n = 0
while d.child is not None:
    d = d.child
    n += 1
print(n, show(make(P, "a", "b")))


# Instances keep their attributes across collections (the class slot of the call window is
# reused for the instance).
import gc

keep = []
for i in range(50):
    keep.append(make(Q, [i], {"k": i}))
    if i % 10 == 0:
        gc.collect()
print(sum(o.x[0] for o in keep), sum(o.y["k"] for o in keep))
