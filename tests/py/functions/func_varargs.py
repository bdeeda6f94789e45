def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1), f(1, 2, x=3), f(*[1, 2], **{"k": "v"}))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3), total(*range(10)))
def show(**kw):
    return sorted(kw.items())
print(show(b=2, a=1), show())
def first(a, *rest):
    return a, rest
print(first(1), first(1, 2, 3), type(first(1)[1]).__name__)
def kwtype(**kw):
    return type(kw).__name__
print(kwtype(a=1))
