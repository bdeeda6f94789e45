# expect: SyntaxError 2
nonlocal x
