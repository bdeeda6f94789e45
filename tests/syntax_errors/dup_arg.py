# expect: SyntaxError 2
def f(a, a):
    pass
