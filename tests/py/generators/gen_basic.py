def g():
    print("start")
    yield 1
    print("middle")
    yield 2
    print("end")
it = g()
print("created")
print(next(it))
print(next(it))
try:
    next(it)
except StopIteration:
    print("exhausted")
print(list(g()))
def empty():
    return
    yield
print(list(empty()))
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(6)), sum(squares(100)))
