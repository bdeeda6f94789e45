# Event, Lock, Queue and async with/for under the event loop.
import asyncio


async def waiter(ev, name, log):
    log.append(name + " waits")
    await ev.wait()
    log.append(name + " got it")
    return name


async def locked_worker(lock, name, log, n):
    for i in range(n):
        await lock.acquire()
        try:
            log.append(name + " in %d" % i)
            await asyncio.sleep(0)
            log.append(name + " out %d" % i)
        finally:
            lock.release()


async def producer(q, n):
    for i in range(n):
        await q.put(i)
    await q.put(None)


async def consumer(q, out):
    while True:
        x = await q.get()
        q.task_done()
        if x is None:
            return len(out)
        out.append(x * x)


class Ticks:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n


async def main():
    log = []
    ev = asyncio.Event()
    ts = [asyncio.create_task(waiter(ev, n, log)) for n in "abc"]
    await asyncio.sleep(0)
    print(ev.is_set(), log)
    ev.set()
    print(await asyncio.gather(*ts), ev.is_set())
    print(log)
    print(await ev.wait())
    ev.clear()
    print(ev.is_set())

    log = []
    lock = asyncio.Lock()
    print(lock.locked())
    await asyncio.gather(locked_worker(lock, "p", log, 2), locked_worker(lock, "q", log, 2))
    print(log)
    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("release unlocked: RuntimeError")

    q = asyncio.Queue(2)
    out = []
    r = await asyncio.gather(producer(q, 6), consumer(q, out))
    print(r, out, q.empty(), q.qsize())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")

    got = []
    async for x in Ticks(4):
        got.append(x)
    print(got)


asyncio.run(main())
