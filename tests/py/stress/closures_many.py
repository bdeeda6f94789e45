def make(i):
    return lambda x: x + i
fs = [make(i) for i in range(20000)]
print(sum(f(1) for f in fs))
def counter():
    c = 0
    def inc():
        nonlocal c
        c += 1
        return c
    return inc
cs = [counter() for _ in range(1000)]
for c in cs:
    for _ in range(20):
        c()
print(sum(c() for c in cs))
