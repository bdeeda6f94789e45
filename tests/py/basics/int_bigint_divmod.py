n = 2 ** 200 + 12345
for d in (7, -7, 2 ** 64, -(2 ** 64), 10 ** 30 + 1, 3):
    q, r = divmod(n, d)
    print(q, r, q * d + r == n)
    q, r = divmod(-n, d)
    print(q, r, q * d + r == -n)
print(n / 2 ** 190)
print((10 ** 40) / (10 ** 38))
print(7 / 2 ** 70 > 0)
x = 12345678901234567890123456789
print(x // 10 ** 10, x % 10 ** 10)
