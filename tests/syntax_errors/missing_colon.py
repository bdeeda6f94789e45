# expect: SyntaxError 2
if x
    pass
