# expect: SyntaxError 3
x = 1
return x
