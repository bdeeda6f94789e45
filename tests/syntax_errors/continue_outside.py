# expect: SyntaxError 4
def f():
    pass
    continue
