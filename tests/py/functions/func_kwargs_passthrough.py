def inner(a, b=0, **kw):
    return a, b, sorted(kw.items())
def outer(*args, **kwargs):
    kwargs.setdefault("b", 99)
    return inner(*args, **kwargs)
print(outer(1), outer(1, b=2), outer(1, x=5), outer(a=3, y=6))
def wrap(f):
    def w(*a, **k):
        return ("wrapped", f(*a, **k))
    return w
print(wrap(inner)(7, 8, z=9))
print(wrap(dict)(a=1, b=2))
