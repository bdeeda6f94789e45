# expect: SyntaxError 2
f(a=1, 2)
