def source(n):
    for i in range(n):
        yield i
def add_one(it):
    for x in it:
        yield x + 1
g = source(20000)
for _ in range(20):
    g = add_one(g)
print(sum(g))
def nested(n):
    if n == 0:
        yield "leaf"
        return
    yield from nested(n - 1)
print(list(nested(100)))
print(sum(x for x in range(200000) if x % 3 == 0))
