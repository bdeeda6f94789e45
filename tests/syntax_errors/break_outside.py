# expect: SyntaxError 3
if x:
    break
