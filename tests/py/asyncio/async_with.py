# async with: user context managers (normal exit, exceptions, suppression, break/continue/
# return through the block) and asyncio.Lock as a context manager.
import asyncio


class ACM:
    def __init__(self, name, log, suppress=False):
        self.name = name
        self.log = log
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.log.append("enter " + self.name)
        return self.name.upper()

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        self.log.append("exit %s %s" % (self.name, t.__name__ if t else None))
        return self.suppress


async def body(log):
    async with ACM("a", log) as v:
        log.append("in " + v)
    try:
        async with ACM("b", log):
            raise ValueError("b")
    except ValueError as e:
        log.append("caught " + str(e))
    async with ACM("c", log, suppress=True):
        raise KeyError("c")
    log.append("after c")
    for i in range(4):
        async with ACM("loop%d" % i, log):
            if i == 1:
                continue
            if i == 2:
                break
            log.append("body %d" % i)
    async with ACM("outer", log), ACM("inner", log) as w:
        log.append("nested " + w)
    async with ACM("r", log):
        return "returned"


async def locked(lock, name, log):
    for i in range(2):
        async with lock:
            log.append(name + " in")
            await asyncio.sleep(0)
            log.append(name + " out")


async def main():
    log = []
    print(await body(log))
    for x in log:
        print(x)
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(locked(lock, "p", log), locked(lock, "q", log))
    print(log, lock.locked())


asyncio.run(main())
