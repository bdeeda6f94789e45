def g():
    for i in range(6):
        yield i
it = g()
a = [next(it) for _ in range(2)]
b = list(x for x, _ in zip(it, range(2)))
c = list(it)
print(a, b, c)
shared = iter(range(10))
pairs = list(zip(shared, shared))
print(pairs)
