# int / int is correctly rounded even when the ints do not fit a float
print(10 ** 400 / 10 ** 399, (2 ** 60 + 1) / 3, 2 ** 80 / 3 ** 40, -(10 ** 30) / 7, 10 ** 30 / -7)
print(0 / 10 ** 30, -0 / -(10 ** 20), (10 ** 300 * 7) / (10 ** 299 * 3), 1 / 10 ** 400)
print(1 / 2 ** 1074, 1 / 2 ** 1075, 3 / 2 ** 1076, (2 ** 1024 - 2 ** 971) / 1)
for n in [2 ** 1024 - 2 ** 970, 2 ** 1100, -(10 ** 400)]:
    try:
        print(n / 1)
    except OverflowError:
        print("OverflowError")
x = 1
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % 2 ** 127
    y = (x * 31 + 7) % 2 ** 90 + 1
    a, b = x >> (i % 120), y >> (i % 80)
    if b and i % 20 == 0:
        print(a / b, -a / (b << (i % 7)))
