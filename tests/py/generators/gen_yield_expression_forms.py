def g():
    x = yield
    print("x =", x)
    y = (yield x) + 1
    print("y =", y)
    z = "z"
    yield y, z
it = g()
print(next(it))
print(it.send(10))
print(it.send(5))
def both():
    a, b = (yield "first"), (yield "second")
    yield (a, b)
b = both()
print(next(b), b.send("A"), b.send("B"))
