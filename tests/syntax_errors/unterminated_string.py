# expect: SyntaxError 2
x = "abc
