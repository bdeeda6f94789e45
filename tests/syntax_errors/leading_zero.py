# expect: SyntaxError 2
x = 0123
