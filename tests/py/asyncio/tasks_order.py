# Tasks interleaving on sleep(0) and timed sleeps; results through await and gather.
import asyncio

log = []


async def ticker(name, n, delay):
    for i in range(n):
        log.append("%s%d" % (name, i))
        await asyncio.sleep(delay)
    return name * n


async def main():
    a = asyncio.create_task(ticker("a", 3, 0))
    b = asyncio.create_task(ticker("b", 3, 0))
    print("created", a.done(), b.done())
    ra = await a
    rb = await b
    print(ra, rb, a.done(), b.done(), a.result())
    print(log)
    log.clear()
    r = await asyncio.gather(ticker("x", 2, 0.02), ticker("y", 3, 0.005), ticker("z", 1, 0))
    print(r)
    print(sorted(log))
    t = asyncio.create_task(ticker("w", 1, 0))
    await asyncio.sleep(0.01)
    print("w done before await:", t.done(), await t)
    print(await asyncio.sleep(0, "result"), await asyncio.sleep(0.001, result=5))
    return "main-done"


print(asyncio.run(main()))
print(asyncio.run(ticker("q", 2, 0)))
