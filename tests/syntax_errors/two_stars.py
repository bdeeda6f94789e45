# expect: SyntaxError 2
a, *b, *c = x
