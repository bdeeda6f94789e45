sq = lambda x: x * x
print(sq(7), (lambda: 42)(), (lambda a, b=2: a + b)(1), (lambda *a: a)(1, 2), (lambda **k: k)(x=1))
add = lambda a, b: a + b
print(add("x", "y"), add([1], [2]))
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
print(sorted([(1, "b"), (2, "a")], key=lambda p: p[1]))
compose = lambda f, g: lambda x: f(g(x))
print(compose(sq, lambda x: x + 1)(3))
print((lambda x: (lambda y: x * y))(6)(7))
print(sq.__name__)
