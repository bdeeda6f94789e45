def f(*args):
    try:
        args[0] = 1
    except TypeError:
        print("args is immutable")
    return args
print(f(5, 6))
def g(**kw):
    kw["added"] = True
    return kw
src = {"a": 1}
print(g(**src), src)
def h(*args):
    return args + (None,)
print(h(), h(1))
