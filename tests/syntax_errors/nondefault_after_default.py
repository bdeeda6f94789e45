# expect: SyntaxError 2
def f(a=1, b):
    pass
