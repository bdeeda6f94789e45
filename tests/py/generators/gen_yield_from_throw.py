def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError:
        yield "inner handled KeyError"
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except ValueError:
        yield "outer handled ValueError"
    yield "outer end"
g = outer()
print(next(g))
print(g.throw(KeyError))
print(next(g))
g2 = outer()
print(next(g2))
print(g2.throw(ValueError))
print(next(g2))
g3 = outer()
next(g3)
g3.close()
print("closed g3")
