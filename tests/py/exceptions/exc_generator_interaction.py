def gen():
    try:
        yield 1
        yield 2
    except ValueError:
        yield "handled in gen"
    finally:
        print("gen finally")
g = gen()
print(next(g))
print(g.throw(ValueError))
try:
    next(g)
except StopIteration:
    print("StopIteration")
def bad():
    yield 1
    raise KeyError("in gen")
try:
    for v in bad():
        print("v", v)
except KeyError as e:
    print("KeyError", e)
