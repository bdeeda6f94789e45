# Calls between compiled functions take a direct entry when the callee is a plain function
# (no closure, positional arguments matching exactly, no keywords); every other shape must take
# the general path with the same results (closures: call_fastpath_edges.py): counts that differ,
# defaults, keywords, generators, static and class methods, unbound calls through the class,
# bound method objects, callees rebound between calls, frames with try blocks, many arguments
# and locals.


def zero():
    return "zero"


def one(a):
    return a + 1


def many(a, b, c, d, e, f, g, h):
    return a - b + c - d + e - f + g - h


def with_default(a, b=10):
    return a * b


print(zero(), one(1), many(1, 2, 3, 4, 5, 6, 7, 8))
print(with_default(3), with_default(3, 4), with_default(b=2, a=5))

# Wrong counts from compiled code raise TypeError through the general path.
try:
    one(1, 2)
except TypeError:
    print("TypeError two")
try:
    one()
except TypeError:
    print("TypeError none")
try:
    zero(1)
except TypeError:
    print("TypeError extra")


def nested_plain():
    def inner(x):
        return x * 2

    return inner(3) + inner(4)


print(nested_plain())


def gen(n):
    for i in range(n):
        yield i


print(list(gen(3)))


# The callee rebound between calls at the same call site.
def f(x):
    return x + 1


def g(x):
    return x * 100


def call_f(x):
    return f(x)


out = []
for i in range(6):
    out.append(call_f(i))
    if i == 1:
        f = g
    elif i == 3:
        f = len
        out.append(call_f("abcd"))
        f = lambda x: -x
print(out)


class K:
    def __init__(self, v):
        self.v = v

    def get(self):
        return self.v

    def plus(self, a, b):
        return self.v + a + b

    @staticmethod
    def st(a, b):
        return a * b

    @classmethod
    def cm(cls, a):
        return cls.__name__ + str(a)


k = K(7)


def use_k(k):
    r = [k.get(), k.plus(1, 2), k.st(3, 4), K.st(5, 6), k.cm(1), K.cm(2)]
    r.append(K.plus(k, 10, 20))
    r.append(K.get(k))
    m = k.plus
    r.append(m(100, 200))
    return r


print(use_k(k))
try:
    K.plus(k, 1)
except TypeError:
    print("TypeError unbound")


# A frame with try blocks (exception-stack words) and a finally returning through it.
def guarded(x):
    try:
        try:
            return 10 // x
        finally:
            print("finally", x)
    except ZeroDivisionError:
        return "zde"


def call_guarded():
    return [guarded(2), guarded(0), guarded(5)]


print(call_guarded())


def raiser(x):
    if x > 2:
        raise ValueError(x)
    return raiser(x + 1)


def catcher():
    try:
        raiser(0)
    except ValueError as e:
        return "caught %s" % e


print(catcher())


# Locals held across calls are preserved.
def locals_across(n):
    a, b, c, d = n, n + 1, n + 2, n + 3
    s = one(a) + one(b) + one(c) + one(d)
    return a + b + c + d + s


print(locals_across(10))


# Many locals in the callee (all cleared on entry, not only the arguments).
def lots(a):
    if a > 0:
        x1 = x2 = x3 = x4 = x5 = x6 = x7 = x8 = a
        return x1 + x2 + x3 + x4 + x5 + x6 + x7 + x8
    try:
        return x1
    except NameError:
        return "unbound"


print(lots(1), lots(0), lots(2), lots(0))


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


print(fib(18))


# Allocation during deep call chains (the collector must see every live object).
def build(n):
    if n == 0:
        return []
    lst = build(n - 1)
    lst.append([n] * 3)
    return lst


r = build(300)
print(len(r), r[0], r[-1], sum(x[0] for x in r))
