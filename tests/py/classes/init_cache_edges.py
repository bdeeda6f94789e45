# Instantiation through a cached __init__: the cache must follow class changes after first use.


class P:
    def __init__(self, x):
        self.x = x


def make(n):
    return [P(i).x for i in range(n)]


print(make(3))


def init2(self, x):
    self.x = x * 10


P.__init__ = init2
print(make(3))


class Q(P):
    pass


print(Q(4).x)


def init3(self, x):
    self.x = -x


P.__init__ = init3  # the subclass inherits the new __init__
print(Q(4).x, P(4).x)

del P.__init__  # now object.__init__: arguments are an error
try:
    P(1)
except TypeError:
    print("TypeError: takes no arguments")
print(type(P()).__name__)


class R:
    def __init__(self):
        self.v = 1


print(R().v)


def new(cls):
    o = object.__new__(cls)
    o.v = 99
    return o


R.__new__ = staticmethod(new)
print(R().v)


class S:
    def __init__(self, a, b=2, *rest, **kw):
        self.t = (a, b, rest, sorted(kw.items()))


print(S(1).t, S(1, 3).t, S(1, 3, 4, k=5).t)


class BadInit:
    def __init__(self):
        return 5


for _ in range(2):
    try:
        BadInit()
    except TypeError:
        print("TypeError: __init__ returned non-None")


class Raises:
    def __init__(self, n):
        if n > 1:
            raise ValueError(n)
        self.n = n


for i in range(3):
    try:
        print(Raises(i).n)
    except ValueError as e:
        print("ValueError", e)


class WrongCount:
    def __init__(self, a):
        self.a = a


for args in [(), (1, 2)]:
    try:
        WrongCount(*args)
    except TypeError:
        print("TypeError", len(args))


class WithNew:
    def __new__(cls, x):
        o = super().__new__(cls)
        o.made = x
        return o

    def __init__(self, x):
        self.inited = x + 1


w = WithNew(3)
print(w.made, w.inited)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("not called")


print(Other())


class L(list):
    def __init__(self, n):
        super().__init__(range(n))


print(L(3), L(2))


class E(Exception):
    def __init__(self, msg):
        super().__init__("E: " + msg)


try:
    raise E("boom")
except E as e:
    print(e)
