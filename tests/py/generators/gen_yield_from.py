def inner():
    yield 1
    yield 2
    return "inner result"
def outer():
    r = yield from inner()
    print("inner returned", r)
    yield 3
print(list(outer()))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(x):
    for i in x:
        if isinstance(i, list):
            yield from flatten(i)
        else:
            yield i
print(list(flatten([1, [2, [3, [4]], 5], [[]], 6])))
def delegate_send():
    def sub():
        x = yield "sub ready"
        while x is not None:
            x = yield "sub got %s" % x
        return "sub done"
    res = yield from sub()
    yield res
d = delegate_send()
print(next(d), d.send(1), d.send(2), d.send(None))
