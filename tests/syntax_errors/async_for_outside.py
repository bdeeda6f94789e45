# expect: SyntaxError 3
def f():
    async for x in y:
        pass
