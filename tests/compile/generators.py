# generators: yield, yield from, send, return values, async
def gen(n):
    for i in range(n):
        x = yield i
        if x:
            print("got", x)
    return n

def deleg():
    r = yield from gen(3)
    yield r

async def coro(x):
    y = await x
    return y

def genexp_in_gen():
    yield (i * i for i in range(3))

print(list(deleg()))
