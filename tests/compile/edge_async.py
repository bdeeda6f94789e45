# async constructs: async def, await, async with, async for
async def fetch(x):
    await x
    return x

async def agen(items):
    async with items as it:
        async for i in it:
            await fetch(i)
        else:
            pass
    async with a, b as c:
        pass

async def nested():
    async for x in y:
        if x:
            break
        continue
