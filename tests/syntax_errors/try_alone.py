# expect: SyntaxError 4
try:
    pass
x = 1
