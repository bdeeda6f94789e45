# defaults, keyword-only args, *args/**kwargs, closures, nonlocal, global, lambdas, decorators
counter = 0

def inc():
    global counter
    counter += 1
    return counter

def defaults(a, b=2, *args, c, d=4, **kw):
    return a, b, args, c, d, kw

def kwonly(*, a, b=1):
    return a + b

def outer(n):
    total = 0
    def add(x):
        nonlocal total
        total += x
        return total
    def get():
        return total + n
    return add, get

def deco(fn):
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper

@deco
def decorated(x, y=3):
    return x * y

def star_calls(f, args, kw):
    f(*args)
    f(1, *args, **kw)
    f(a=1, **kw)
    f(1, 2, x=3)
    f.method(*args, k=1)
    return f(*args, *args)

sq = lambda x, y=2: x ** y
add, get = outer(10)
add(5)
print(defaults(1, c=3), kwonly(a=2), get(), decorated(2), sq(3), inc())
