# expect: SyntaxError 2
1 = x
