def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("finally runs")
x = g(); next(x); x.close()
def r():
    yield 1
    return "rv"
def outer():
    v = yield from r()
    yield v
print(list(outer()))
def bad():
    raise StopIteration
    yield
try:
    next(bad())
except RuntimeError:
    print("RuntimeError from StopIteration")
except StopIteration:
    print("StopIteration leaked")
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def take(n, it):
    for i, v in enumerate(it):
        if i >= n: return
        yield v
print(list(take(5, fib())))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))
class Count:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n: raise StopIteration
        self.i += 1
        return self.i
c = Count(3)
print(list(c), list(c), [x * 2 for x in Count(2)])
print(sum(x for x in range(5) if x % 2), list(x * y for x in range(3) for y in range(x)))
gen = (i for i in range(3))
print(list(zip(gen, gen)))
def gen_args(a, *rest, k=0):
    yield a; yield rest; yield k
print(list(gen_args(1, 2, 3, k=4)))
def echo():
    r = None
    while True:
        try:
            v = yield r
        except ValueError:
            r = "val err"
            continue
        r = v
e = echo(); next(e)
print(e.send(1), e.throw(ValueError), e.send(3))
def with_return():
    yield 1
    return 2
w = with_return(); next(w)
try:
    next(w)
except StopIteration as ex:
    print("value", ex.value, ex.args)
def genfin():
    for i in range(3):
        try:
            yield i
        finally:
            print("cleanup", i)
for v in genfin():
    print("got", v)
nested = ((i, j) for i in range(2) for j in "ab")
print(list(nested))
it = iter(range(5))
for v in it:
    if v == 1:
        print("skip", next(it))
print(list(it))
g2 = (x for x in [])
print(list(g2), next(g2, "empty"))
def sender():
    total = 0
    while True:
        val = yield
        if val is None: return total
        total += val
s = sender(); next(s); s.send(5); s.send(6)
try:
    s.send(None)
except StopIteration as e:
    print("sum", e.value)
print(type(g).__name__, type(g()).__name__)
