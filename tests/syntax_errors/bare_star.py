# expect: SyntaxError 2
def f(*):
    pass
