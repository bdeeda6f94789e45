a, *b = [1, 2, 3, 4]
print(a, b)
*a, b = (1, 2, 3, 4)
print(a, b)
a, *b, c = "hello"
print(a, b, c)
a, *b, c = [1, 2]
print(a, b, c)
*a, = range(3)
print(a)
first, *rest = "x"
print(first, rest)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
def f(*args):
    return args
print(f(*[1, 2], *(3,), 4))
try:
    a, *b, c = [1]
except ValueError:
    print("ValueError")
