def g():
    yield 1
    raise ValueError("inside")
    yield 2
it = g()
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError", e)
try:
    next(it)
except StopIteration:
    print("dead after exception")
