# Python-to-Python calls that a fast call path must get right: redefined callees, wrong argument
# counts, defaults, keywords, *args, closures, generators, bound methods and exceptions.


def f(a, b):
    return a + b


def call_f(n):
    t = 0
    for i in range(n):
        t += f(i, 1)
    return t


print(call_f(10))


def f(a, b):  # redefined: the same call site must reach the new function
    return a * b


print(call_f(10))


def g(a, b=5):
    return a - b


def h(a, *rest):
    return (a, rest)


def k(a, *, key=3):
    return a + key


def kw(**d):
    return sorted(d.items())


def many(a, b, c, d, e, f, g, h, i):
    return a + b + c + d + e + f + g + h + i


for i in range(3):
    print(g(i), g(i, i), g(b=1, a=i), h(i), h(i, 1, 2), k(i), k(i, key=i), kw(x=i))
    print(many(i, 1, 2, 3, 4, 5, 6, 7, 8))

# Wrong positional counts raise TypeError (the message names the count).
for args in [(), (1,), (1, 2, 3)]:
    try:
        f(*args)
        print("no error")
    except TypeError:
        print("TypeError", len(args))


def two(a, b):
    return a, b


def call_two_wrong():
    return two(1)


for _ in range(2):
    try:
        call_two_wrong()
    except TypeError:
        print("TypeError from call site")


# Closures (the callee's free variables come first in its locals).
def make_adder(n):
    def add(x):
        return x + n

    return add


add5 = make_adder(5)
print([add5(i) for i in range(4)])


def counter():
    c = 0

    def inc():
        nonlocal c
        c += 1
        return c

    return inc


inc = counter()
print(inc(), inc(), inc())


# A function with cells of its own.
def cells(a, b):
    def inner():
        return a * b

    return inner()


print(cells(3, 4), cells(5, 6))


# Generators are created, not run, by the call.
def gen(n):
    for i in range(n):
        yield i * i


print(list(gen(4)), sum(gen(5)))


# Bound methods, method calls, super().
class Base:
    def m(self, x):
        return ("Base.m", x)

    def twice(self, x):
        return self.m(x) + self.m(x + 1)


class Derived(Base):
    def m(self, x):
        return ("Derived.m",) + super().m(x)


d = Derived()
bm = d.m
print(bm(1), d.twice(2), Base.m(d, 3))


# Exceptions through calls, with handlers at several levels.
def raiser(n):
    if n == 0:
        raise ValueError("bottom")
    return raiser(n - 1) + 1


def catcher(n):
    try:
        return raiser(n)
    except ValueError as e:
        return "caught " + str(e)


print(catcher(5))


def finally_through(n):
    out = []
    try:
        raiser(n)
    finally:
        out.append("finally ran")
        print(out)


try:
    finally_through(3)
except ValueError as e:
    print("outer", e)


# A callee replaced by a builtin and by a class.
def target(x):
    return x + 1


def use(x):
    return target(x)


print(use(1))
target = abs
print(use(-7))
target = str
print(use(42))


# Returning every kind of value.
def ret(x):
    return x


print([ret(v) for v in (None, True, 1.5, 2**70, "s", (1,), [2])])
