def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
def g2():
    return locals()
print(g2())
def h(*args, **kw):
    return sorted(locals())
print(h(1, k=2))
