# expect: IndentationError 3
x = 1
    y = 2
