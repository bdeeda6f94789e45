# expect: SyntaxError 2
x = 0x
