# expect: SyntaxError 2
(a.b := 3)
