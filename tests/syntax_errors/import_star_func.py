# expect: SyntaxError 3
def f():
    from m import *
