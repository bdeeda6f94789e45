def f(*args):
    return len(args), args
print(f(), f(*[]), f(*()), f(*"", *[]), f(*{}), f(*{"a": 1}))
def g(**kw):
    return kw
print(g(), g(**{}), g(**dict(a=1)))
big = list(range(300))
print(f(*big)[0])
def h(a, *args, b=0, **kw):
    return a, args, b, kw
print(h(*range(4), **{"b": 1, "c": 2}))
print(h(1, *[], b=5))
