class R:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print("open", self.n); return self
    def __exit__(self, *a):
        print("close", self.n, a[0].__name__ if a[0] else None)
        return False
def reader(n):
    with R(n):
        for i in range(n):
            try:
                yield i
            except KeyError as e:
                print("gen caught", e)
                yield -1
            finally:
                print("step done", i)
g = reader(3)
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
g.close()
print("--")
g2 = reader(2)
for v in g2:
    if v == 1:
        break
g2.close()
print("--")
def flatten(x):
    if isinstance(x, list):
        for y in x:
            yield from flatten(y)
    else:
        yield x
print(list(flatten([1, [2, [3, [4]], 5], [[6]]])))
def safe_div(pairs):
    for a, b in pairs:
        try:
            yield a / b
        except ZeroDivisionError:
            yield float("inf")
        else:
            pass
print(list(safe_div([(1, 2), (1, 0), (3, 1)])))
def counter():
    n = 0
    try:
        while True:
            cmd = yield n
            if cmd == "reset":
                n = 0
            elif cmd == "boom":
                raise ValueError("boom")
            else:
                n += 1
    finally:
        print("counter finally")
c = counter()
print(next(c), c.send(None), c.send(None), c.send("reset"), c.send(None))
try:
    c.send("boom")
except ValueError as e:
    print("propagated", e)
try:
    next(c)
except StopIteration:
    print("exhausted")
def gen_in_try():
    try:
        yield 1
        raise IndexError("inside")
    except IndexError as e:
        yield "handled " + str(e)
    yield 3
print(list(gen_in_try()))
def pipeline():
    nums = (i for i in range(10))
    evens = (n for n in nums if n % 2 == 0)
    squares = (e * e for e in evens)
    return list(squares)
print(pipeline())
def loop_ret():
    for i in range(5):
        try:
            if i == 2:
                return "ret@2"
            yield i
        finally:
            print("fin", i)
lr = loop_ret()
print(list(lr))
def throw_into_yield_from():
    def inner():
        try:
            yield 1
            yield 2
        except TypeError:
            yield "inner handled"
    r = yield from inner()
    yield "after"
t = throw_into_yield_from()
print(next(t), t.throw(TypeError), next(t))
