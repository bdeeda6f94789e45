a, b = 0, 1
for _ in range(5000):
    a, b = b, a + b
s = str(a)
print(len(s), s[:25], s[-25:])
print(a % 1000000007, (a * a - b * (b - a)) in (1, -1))
x = 3 ** 5000
print(len(str(x)), x % 1000, x >> 7900)
