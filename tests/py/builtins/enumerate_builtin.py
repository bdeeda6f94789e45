print(list(enumerate("abc")), list(enumerate("abc", 1)), list(enumerate([], 5)), list(enumerate("ab", -2)))
for i, (a, b) in enumerate([(1, 2), (3, 4)], start=10):
    print(i, a, b)
e = enumerate(x * x for x in range(3))
print(next(e), list(e))
print(dict(enumerate("xy")))
print(type(enumerate([])).__name__)
