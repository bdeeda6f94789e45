fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    out = []
    for i in range(3):
        def f(j=i): return j * 10
        out.append(f)
    return out
print([f() for f in make()])
def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc
c = counter()
c(); c(5)
print(c())
g = 1
def setg():
    global g
    g += 1
    newg = "made"
    global created
    created = "yes"
setg()
print(g, created)
x = "module"
def shadow():
    x = "local"
    def inner():
        return x
    return inner()
print(shadow(), x)
def late():
    fs = []
    for k in range(3):
        fs.append(lambda: k)
    k = 99
    return [f() for f in fs]
print(late())
y = 5
print([y for _ in range(2)], [(lambda: y)() for _ in range(2)])
class C:
    a = 10
    b = [a * 2]
    c = [i for i in range(3)]
print(C.b, C.c)
def outer():
    v = []
    def add(z): v.append(z)
    add(1); add(2)
    return v
print(outer())
def fib_memo():
    memo = {}
    def fib(n):
        if n < 2: return n
        if n not in memo:
            memo[n] = fib(n - 1) + fib(n - 2)
        return memo[n]
    return fib
print(fib_memo()(60))
def deco(tag):
    def wrap(fn):
        def inner(*a, **k):
            return tag + ":" + str(fn(*a, **k))
        return inner
    return wrap
@deco("A")
@deco("B")
def add(a, b=2):
    return a + b
print(add(1), add(1, b=5))
def kw_only(a, *, b, c=3): return (a, b, c)
print(kw_only(1, b=2), kw_only(a=0, b=1, c=2))
try:
    kw_only(1, 2)
except TypeError:
    print("TypeError kwonly")
def star(*args, **kw): return args, kw
print(star(*[1, 2], *(3,), **{"a": 1}, **{"b": 2}))
print(star(1, *range(2), x=3))
try:
    star(**{"a": 1}, a=2)
except TypeError:
    print("TypeError dup kw")
def defaults(a, b=[]):
    b.append(a)
    return b
print(defaults(1), defaults(2), defaults(3, []))
print((lambda *a, **k: (a, k))(1, z=2))
print([*range(3), *"ab"], (*[1], 2), {**{"a": 1}, "b": 2}, {*[1, 1], 2})
a, *b, c = range(6)
print(a, b, c)
(p, q), r = "xy", 3
print(p, q, r)
