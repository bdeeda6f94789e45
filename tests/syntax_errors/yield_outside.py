# expect: SyntaxError 2
yield 5
