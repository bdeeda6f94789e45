def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def wrapper():
    v = yield from g()
    return v * 2
w = wrapper()
next(w)
try:
    next(w)
except StopIteration as e:
    print("wrapped value", e.value)
def noret():
    yield 1
n = noret()
next(n)
try:
    next(n)
except StopIteration as e:
    print("no return value:", e.value)
