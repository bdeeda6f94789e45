# growth from small ints to arbitrary precision
x = 1
for i in range(100):
    x *= 2
print(x)
print(2 ** 30, 2 ** 31, 2 ** 32, 2 ** 62, 2 ** 63, 2 ** 64)
print(2 ** 63 - 1 + 1, -(2 ** 63) - 1)
m = 0x3fffffff
print(m + 1, m * 2, m * m)
m = 0x7fffffffffffffff
print(m + 1, m * m, -m - 2)
print((1 << 100) >> 99, (1 << 100) - (1 << 100) + 5)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000003)
# back to small
big = 10 ** 30
print(big - big + 1, big // big, (big + 1) % big)
print(type(big).__name__)
print(-big, abs(-big), -(-big))
s = 0
for i in range(50):
    s += 99999999999 * i
print(s)
