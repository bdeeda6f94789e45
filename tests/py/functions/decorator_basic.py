def trace(f):
    def wrapper(*args, **kw):
        print("call", f.__name__, args, kw)
        r = f(*args, **kw)
        print("ret", r)
        return r
    return wrapper
@trace
def add(a, b=0):
    return a + b
add(1, 2)
add(5, b=6)
print(add.__name__)
def double(f):
    return lambda *a: 2 * f(*a)
@double
@double
def three():
    return 3
print(three())
def register(f, _reg=[]):
    _reg.append(f.__name__)
    print("registered", _reg)
    return f
@register
def a():
    pass
@register
def b():
    pass
print(a is not None)
