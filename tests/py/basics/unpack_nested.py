(a, b), c = (1, 2), 3
print(a, b, c)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a, b, c, d)
[x, [y, *z]] = ["p", "qrs"]
print(x, y, z)
for i, (k, v) in enumerate({"a": 1, "b": 2}.items()):
    print(i, k, v)
pairs = [((1, 2), "a"), ((3, 4), "b")]
for (p, q), r in pairs:
    print(p + q, r)
a = b = c = 7
print(a, b, c)
a, b = b, a + 1
print(a, b)
x = [0, 0]
i = 0
i, x[i] = 1, 5
print(i, x)
