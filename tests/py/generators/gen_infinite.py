def naturals(start=0):
    n = start
    while True:
        yield n
        n += 1
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def filtered(pred, it):
    for x in it:
        if pred(x):
            yield x
def mapped(f, it):
    for x in it:
        yield f(x)
print(take(5, naturals()))
print(take(5, filtered(lambda x: x % 7 == 3, naturals())))
print(take(4, mapped(lambda x: x ** 3, naturals(2))))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(take(15, fib()))
f = fib()
for _ in range(100):
    v = next(f)
print(v)
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found):
            found.append(n)
            yield n
print(take(12, primes()))
