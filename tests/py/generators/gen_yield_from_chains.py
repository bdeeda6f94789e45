# yield from chains (native under -X emit=native): values and sends passing through every level,
# return values coming back up, exceptions raised at the bottom and caught at each level,
# throw() and close() delivered to the innermost generator, finally blocks in every level, and
# `yield from` over non-generator iterators.


def leaf(tag, n):
    try:
        for i in range(n):
            got = yield (tag, i)
            if got is not None:
                print("leaf got", got)
        return tag * 2
    finally:
        print("leaf finally", tag)


def mid(depth, n):
    try:
        if depth == 0:
            r = yield from leaf("x", n)
        else:
            r = yield from mid(depth - 1, n)
        return r + "!"
    finally:
        print("mid finally", depth)


g = mid(3, 2)
print(next(g))
print(g.send("hello"))
try:
    next(g)
except StopIteration as e:
    print("return", e.value)


# A deep chain, many values.
def chain(depth, n):
    if depth == 0:
        for i in range(n):
            yield i
        return n
    r = yield from chain(depth - 1, n)
    return r + 1


g = chain(30, 500)
total = 0
while True:
    try:
        total += next(g)
    except StopIteration as e:
        print("deep", total, e.value)
        break


# An exception raised at the bottom, caught at a chosen level.
def bottom():
    yield 1
    raise ValueError("bottom")


def catcher(level, catch_at):
    try:
        if level == 0:
            r = yield from bottom()
        else:
            r = yield from catcher(level - 1, catch_at)
        return ("no error", r)
    except ValueError as e:
        if level == catch_at:
            print("caught at", level, e)
            yield "recovered"
            return ("caught", level)
        raise


for at in (0, 2, 4, 9):
    g = catcher(4, at)
    out = []
    try:
        while True:
            out.append(next(g))
    except StopIteration as e:
        out.append(("stop", e.value))
    except ValueError as e:
        out.append(("escaped", str(e)))
    print(at, out)


# throw() goes to the innermost generator; it can handle it or let it climb.
def inner_handles():
    while True:
        try:
            yield "waiting"
        except KeyError:
            yield "inner handled"


def outer(x):
    try:
        r = yield from x
    except KeyError:
        yield "outer handled"
        r = None
    return r


g = outer(outer(inner_handles()))
print(next(g))
print(g.throw(KeyError))
print(next(g))


def inner_lets_go():
    yield 1
    yield 2


g = outer(outer(inner_lets_go()))
print(next(g))
print(g.throw(KeyError))
try:
    print(next(g))
except StopIteration as e:
    print("stop", e.value)


# An inner generator that returns when thrown into: the value comes back from yield from.
def inner_returns():
    try:
        yield 1
    except KeyError:
        return "returned on throw"


def outer2():
    r = yield from inner_returns()
    print("outer2 got", r)
    yield "after"


g = outer2()
next(g)
print(g.throw(KeyError))

# close() runs every level's finally, innermost first.
g = mid(2, 5)
next(g)
g.close()
print("closed")


# close() where the inner level ignores GeneratorExit.
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


def wrap():
    yield from stubborn()


g = wrap()
next(g)
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)


# yield from over iterators that are not generators, with send(None) and throw.
def over(it):
    r = yield from it
    return r


print(list(over([1, 2, 3])))
print(list(over(range(4))))
print(list(over(iter("ab"))))
print(list(over({"k": 1, "j": 2})))


class Counter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(over(Counter(3))))
g = over([1, 2])
next(g)
try:
    g.throw(KeyError("list iterator has no throw"))
except KeyError as e:
    print("KeyError", e)


# A generator expression and a generator delegating to one.
def gx():
    r = yield from (i * i for i in range(5))
    return r


print(list(gx()))
print(sum(x for x in gx()))


# send() through a chain reaches the innermost generator.
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v


def pass_through(depth):
    if depth == 0:
        r = yield from acc()
    else:
        r = yield from pass_through(depth - 1)
    return r


g = pass_through(5)
next(g)
for i in range(1, 6):
    print(g.send(i))
try:
    g.send(None)
except StopIteration as e:
    print("acc", e.value)


# Runaway recursion through generators raises RecursionError (it does not exhaust the heap).
def runaway(n):
    yield from runaway(n + 1)


def runaway_for(n):
    for x in runaway_for(n + 1):
        yield x


for f in (runaway, runaway_for):
    try:
        list(f(0))
    except RecursionError:
        print("RecursionError", f.__name__)


def nested(n):
    if n == 0:
        yield 0
        return
    yield from nested(n - 1)
    yield n


print(sum(nested(400)))
