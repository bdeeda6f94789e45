def g():
    yield "only"
it = g()
print(next(it, 1), next(it, 2), next(it, None), next(iter(()), "empty tuple"))
d = iter({})
print(next(d, "empty dict"))
m = map(str, [])
print(next(m, "empty map"))
z = zip([1], [])
print(next(z, "empty zip"))
e = enumerate("a")
print(next(e), next(e, "enum done"))
f = filter(None, [0, 0, 5])
print(next(f), next(f, "filter done"))
