# expect: SyntaxError 2
x = 1 $ 2
