# expect: SyntaxError 2
await x
