# expect: SyntaxError 2
f() = 3
