# expect: SyntaxError 2
f(a.b=1)
