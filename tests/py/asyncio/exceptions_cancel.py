# Exceptions out of tasks, cancellation, wait_for timeouts.
import asyncio


async def fail(after, exc):
    await asyncio.sleep(after)
    raise exc


async def sleeper(name, t, log):
    try:
        await asyncio.sleep(t)
        log.append(name + " woke")
        return name
    except asyncio.CancelledError:
        log.append(name + " cancelled")
        raise
    finally:
        log.append(name + " finally")


async def stubborn(log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append("stubborn swallowed")
    return "stubborn result"


async def main():
    log = []
    try:
        await fail(0, ValueError("direct"))
    except ValueError as e:
        print("caught", e)
    t = asyncio.create_task(fail(0.001, KeyError("k")))
    try:
        await t
    except KeyError as e:
        print("caught from task", repr(e), t.done(), type(t.exception()).__name__)
    s = asyncio.create_task(sleeper("s1", 10, log))
    await asyncio.sleep(0)
    print("cancel:", s.cancel(), s.cancel() if False else "")
    try:
        await s
    except asyncio.CancelledError:
        print("s1 was cancelled", s.cancelled(), s.done())
    print(s.cancel())
    print(log)
    log.clear()
    try:
        await asyncio.wait_for(sleeper("s2", 10, log), 0.01)
    except asyncio.TimeoutError:
        print("timeout")
    print(log)
    log.clear()
    print(await asyncio.wait_for(sleeper("s3", 0.001, log), 5))
    print(await asyncio.wait_for(sleeper("s4", 0, log), None))
    print(log)
    print(await asyncio.wait_for(stubborn(log), 0.01))
    print(log[-1])
    r = await asyncio.gather(fail(0, OSError(5)), sleeper("g", 0, log), return_exceptions=True)
    print([type(x).__name__ for x in r])
    try:
        await asyncio.gather(sleeper("h", 0.05, log), fail(0.001, IndexError("first")))
    except IndexError as e:
        print("gather raised", e)
    await asyncio.sleep(0.1)
    print(log[-3:])


asyncio.run(main())


async def top():
    raise RuntimeError("from run")


try:
    asyncio.run(top())
except RuntimeError as e:
    print("run raised", e)
