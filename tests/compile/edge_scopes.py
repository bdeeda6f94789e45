# scoping edge cases: global/nonlocal chains, class-level names, closures over loop variables
g = 0

def f1():
    global g, h
    g = h = 1
    del g

def f2():
    x = 1
    def f3():
        def f4():
            return x
        return f4
    return f3

def f5():
    fs = []
    for i in range(3):
        fs.append(lambda: i)
    return [f() for f in fs]

class K:
    a = 1
    b = [a for _ in range(2)]
    def m(self):
        return a

def f6(a, b):
    def inner():
        nonlocal a
        a = b
        return super
    return inner

def f7():
    class Inner:
        def m(self):
            return super().m()
    return Inner

def f8(*args, **kwargs):
    return lambda *a, **k: (args, kwargs, a, k)
