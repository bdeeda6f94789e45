# expect: SyntaxError 2
f = lambda x: = 3
