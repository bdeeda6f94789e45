def f(**kw):
    return list(kw)
print(f(z=1, a=2, m=3), f(**{"b": 1, "a": 2}), f(x=1, **{"c": 2}, y=3))
def g(a, **kw):
    return a, kw
print(g(1, a2=2), g(a=5, b=6))
try:
    g(1, a=2)
except TypeError:
    print("TypeError")
