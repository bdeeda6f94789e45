def g():
    while True:
        try:
            yield "ready"
        except ValueError as e:
            print("caught inside", e)
            yield "recovered"
it = g()
print(next(it))
print(it.throw(ValueError("boom")))
print(next(it))
try:
    it.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
try:
    next(it)
except StopIteration:
    print("generator finished after exception")
def fresh():
    yield 1
f = fresh()
try:
    f.throw(IndexError)
except IndexError:
    print("throw into unstarted generator raises at start")
