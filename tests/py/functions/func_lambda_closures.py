adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](10) for k in adders])
mk = lambda n: lambda x: x ** n
sq, cube = mk(2), mk(3)
print(sq(4), cube(2))
curry = lambda a: lambda b: lambda c: a + b + c
print(curry(1)(2)(3), curry("a")("b")("c"))
fib = lambda n: n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(12))
print(list(map(lambda p: p[0] * p[1], zip([1, 2, 3], [4, 5, 6]))))
