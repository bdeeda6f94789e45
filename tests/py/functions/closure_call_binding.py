# Calls of closures: positional, default and keyword args, *args/**kw, keyword-only, nonlocal, recursion.
def outer(a, b=2):
    c = 3
    def inner(x, y=10):
        return a + b + c + x + y
    def inner2():
        nonlocal c
        c += 1
        return c
    def inner3(*args, **kw):
        return a, args, kw
    def inner4(x, *, k):
        return x + k + a
    return inner, inner2, inner3, inner4
i1, i2, i3, i4 = outer(1)
print(i1(5), i1(5, 6), i1(x=1), i2(), i2(), i1(0), i3(1, 2, z=3), i4(1, k=2))
try:
    i1()
except TypeError as e:
    print("TE")
try:
    i1(1, 2, 3)
except TypeError as e:
    print("TE")
try:
    i2(1)
except TypeError as e:
    print("TE")
def rec(n):
    def go(k):
        return 0 if k == 0 else n + go(k - 1)
    return go(n)
print(rec(10), [f() for f in [lambda i=i: i * 2 for i in range(3)]])
