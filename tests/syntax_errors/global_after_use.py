# expect: SyntaxError 4
def f():
    x = 1
    global x
