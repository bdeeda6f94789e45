def f(a, *, b, c=3):
    return a, b, c
print(f(1, b=2), f(1, c=0, b=9))
try:
    f(1, 2)
except TypeError:
    print("TypeError positional for kw-only")
try:
    f(1)
except TypeError:
    print("TypeError missing kw-only")
def g(*args, sep="-", end="!"):
    return sep.join(args) + end
print(g("a", "b"), g("a", "b", sep="+"), g(end="?"))
def h(a, b=1, *args, c, d=4, **kw):
    return a, b, args, c, d, kw
print(h(1, c=3), h(1, 2, 3, 4, c=5, e=6))
