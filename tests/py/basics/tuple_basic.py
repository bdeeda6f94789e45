t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[0], t[-1], t[-1][0], t[1:3], t[::-1])
print((), (1,), tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)))
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
print(t + (7,), (0,) * 3, 2 * (1, 2), () * 5)
print(3.0 in t, 4 in t, (5, 6) in t)
a, b, c = (1, 2, 3)
print(a, b, c)
try:
    t[0] = 9
except TypeError:
    print("TypeError")
try:
    t[10]
except IndexError:
    print("IndexError")
nested = ((1, 2), (3, (4, (5,))))
print(nested[1][1][1][0])
print(tuple(x * x for x in range(4)))
x = 1, 2
print(x, type(x).__name__)
l = [1]
t2 = (l, l)
l.append(2)
print(t2)
print(repr((1,)), str(("a", 'b"')))
