# repr picks, among the shortest round-tripping strings, the closest; on an exact tie, the even digit
print(1803054272438.90625, -1803054272438.90625, 0.5, 2.5, 1.25e-3)
print(repr(8.5e20), repr(2.0 ** 60 + 2.0 ** 8), 123456789012.34567)
x = 12345
seen = 0
for i in range(3000):
    x = (x * 1103515245 + 12345) % 2147483648
    a = x / (1 << (i % 40))
    b = (x % 100000) / 2 ** (i % 25) + i
    if i % 300 == 0:
        print(repr(a), repr(b), str(-b))
    seen += float(repr(a)) == a and float(repr(b)) == b
print(seen)
