# send/throw/close on generators (native under -X emit=native): values in and out, the
# just-started rule, throw handled or not, close running finally blocks, StopIteration values,
# `return x`, resuming finished generators, and many resumes of one generator.


def echo():
    received = []
    try:
        while True:
            try:
                v = yield len(received)
                received.append(v)
            except KeyError as e:
                received.append("caught " + repr(e.args))
    finally:
        print("echo finally", received)


g = echo()
print(next(g))
print(g.send("a"))
print(g.send(None))
print(g.throw(KeyError("k")))
print(g.send(5))
g.close()
g.close()
try:
    next(g)
except StopIteration as e:
    print("after close", e.args)

# A just-started generator only accepts None.
g = echo()
try:
    g.send(1)
except TypeError:
    print("TypeError can't send non-None")
print(g.send(None))
g.close()


# Return values travel in StopIteration.
def ret(n):
    total = 0
    for i in range(n):
        total += yield i
    return total


g = ret(3)
next(g)
g.send(10)
g.send(20)
try:
    g.send(30)
except StopIteration as e:
    print("return", e.value, e.args)
try:
    g.send(1)
except StopIteration as e:
    print("again", e.args)


def ret_none():
    yield 1
    return


g = ret_none()
next(g)
try:
    next(g)
except StopIteration as e:
    print("bare return", e.value, e.args)


# throw: unhandled goes out (and finishes the generator), handled yields the next value.
def handler():
    try:
        yield 1
    except ValueError as e:
        print("handled", e)
        yield 2
    yield 3


g = handler()
next(g)
print(g.throw(ValueError("v")))
print(next(g))
try:
    g.throw(IndexError("i"))
except IndexError as e:
    print("out", repr(e))
try:
    next(g)
except StopIteration:
    print("finished after unhandled throw")

# throw into a just-started generator raises at the start, no code runs.
g = handler()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early", e)
print(list(g))

# throw with a class, not an instance.
g = handler()
next(g)
print(g.throw(ValueError))


# close: GeneratorExit caught and re-raised, caught and returned, ignored (yield again).
def closer(mode):
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit", mode)
        if mode == "raise":
            raise
        if mode == "yield":
            yield 2
        if mode == "other":
            raise KeyError("from close")
    print("after except", mode)


for mode in ("raise", "return", "yield", "other"):
    g = closer(mode)
    next(g)
    try:
        g.close()
        print("closed", mode)
    except RuntimeError as e:
        print("RuntimeError", e)
    except KeyError as e:
        print("KeyError", e)

# close on a never-started generator runs nothing.
g = closer("raise")
g.close()
print(list(g))


# A StopIteration raised inside a generator becomes RuntimeError.
def stop_inside():
    yield 1
    raise StopIteration("x")


g = stop_inside()
next(g)
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError", e)


# yield inside try/with, finally on normal exhaustion.
class Ctx:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, t, v, tb):
        print("exit", self.name, t is not None and t.__name__)
        return t is KeyError


def with_gen():
    with Ctx("a"):
        yield 1
        yield 2
    with Ctx("b"):
        yield 3
        raise KeyError("swallowed")
    try:
        yield 4
    finally:
        print("finally 4")
    yield 5


print(list(with_gen()))
g = with_gen()
next(g)
g.close()
g = with_gen()
next(g)
try:
    g.throw(ZeroDivisionError)
except ZeroDivisionError:
    print("ZeroDivisionError through with")


# Many resumes of one generator, and values of every kind.
def many():
    x = 0
    while True:
        x = yield x


g = many()
next(g)
acc = 0
for i in range(20000):
    acc += g.send(i)
print(acc)
for v in (1.5, "s", None, (1, 2), [3], 2**70, -7):
    print(repr(g.send(v)))


# A return value (and an exception) held while finally blocks allocate.
def ret_through_finally(n):
    try:
        yield 1
        return [i * 3 for i in range(n)] + ["end"]
    finally:
        junk = [[j] * 4 for j in range(200)]
        print("finally allocated", len(junk))


g = ret_through_finally(5)
next(g)
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)


def raise_through_finally():
    try:
        yield 1
        raise KeyError("k" * 3)
    finally:
        junk = [str(j) * 3 for j in range(200)]
        print("finally allocated", len(junk))


g = raise_through_finally()
next(g)
try:
    next(g)
except KeyError as e:
    print("raised", e)
