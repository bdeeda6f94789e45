# Coroutines driven by hand (no event loop): send/throw/close, await chains, return values,
# async for with break, exceptions crossing await.


class Yielder:
    # An awaitable: `await Yielder(v)` suspends the coroutine, handing v to the driver.
    def __init__(self, v):
        self.v = v

    def __iter__(self):
        got = yield self.v
        return got

    __await__ = __iter__


async def leaf(x):
    got = await Yielder(x)
    return got * 2


async def middle(n):
    total = 0
    for i in range(n):
        total += await leaf(i)
    return total


class Count:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return await leaf(self.i)


async def looper():
    seen = []
    async for x in Count(10):
        seen.append(x)
        if x >= 6:
            break
    return seen


def drive(coro, replies):
    out = []
    try:
        v = coro.send(None)
        while True:
            out.append(v)
            v = coro.send(replies(v))
    except StopIteration as e:
        return out, e.value


print(drive(middle(4), lambda v: v + 10))
print(drive(looper(), lambda v: v))


async def guarded():
    try:
        await Yielder("first")
    except ValueError as e:
        return "handled " + str(e)
    return "not reached"


c = guarded()
print(c.send(None))
try:
    c.throw(ValueError("boom"))
except StopIteration as e:
    print(e.value)


async def closer(log):
    try:
        await Yielder(1)
        await Yielder(2)
    finally:
        log.append("closed")


log = []
c = closer(log)
c.send(None)
c.close()
print(log)


async def raiser():
    await Yielder(0)
    raise KeyError("k")


c = raiser()
c.send(None)
try:
    c.send(None)
except KeyError as e:
    print("KeyError", e)
