def g():
    yield 1
it = g()
list(it)
try:
    it.throw(ValueError("late"))
except ValueError as e:
    print("ValueError from finished generator", e)
def h():
    try:
        yield 1
    finally:
        print("h finally")
x = h()
next(x)
try:
    x.throw(KeyError("k"))
except KeyError:
    print("KeyError propagated after finally")
