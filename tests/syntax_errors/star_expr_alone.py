# expect: SyntaxError 2
*a
