# expect: SyntaxError 4
x = (1,
     2
