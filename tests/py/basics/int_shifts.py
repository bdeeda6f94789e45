for n in (0, 1, 5, 31, 32, 33, 63, 64, 65, 100):
    print(n, 1 << n, (1 << n) >> n, -1 << n, (-1 << n) >> (n // 2))
print(255 >> 1, 255 >> 8, 255 >> 100, -255 >> 1, -255 >> 100, -1 >> 1000)
print(0 << 1000, 0 >> 3)
x = 0x123456789abcdef
print(x >> 4, x << 4, x >> 60, x >> 61)
try:
    1 << -1
except ValueError:
    print("ValueError negative shift")
try:
    1 >> -1
except ValueError:
    print("ValueError negative shift")
y = 1
y <<= 70
print(y)
y >>= 69
print(y)
