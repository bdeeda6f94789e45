# expect: IndentationError 3
if x:
y = 2
