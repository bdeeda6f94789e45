# expect: SyntaxError 3
def f():
    nonlocal q
