def g(n):
    for i in range(n):
        yield i
a, b, c = g(3)
print(a, b, c)
first, *rest = g(5)
print(first, rest)
print(list(g(3)) + list(g(2)), tuple(g(2)), set(g(4)) == {0, 1, 2, 3})
print(dict.fromkeys(g(3)), list(zip(g(3), g(10))))
def f(*args):
    return args
print(f(*g(4)))
try:
    x, y = g(3)
except ValueError:
    print("ValueError too many values")
