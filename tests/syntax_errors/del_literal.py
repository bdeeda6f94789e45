# expect: SyntaxError 2
del 5
