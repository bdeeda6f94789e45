# int / int is correctly rounded even when the ints do not fit a float
# (powers of variables, so that no compiler folds them: mpy-cross folds 10**400/10**399 to nan)
ten, two = 10, 2
print(ten ** 400 / ten ** 399, (two ** 60 + 1) / 3, two ** 80 / 3 ** 40, -(ten ** 30) / 7, ten ** 30 / -7)
print(0 / ten ** 30, -0 / -(ten ** 20), (ten ** 300 * 7) / (ten ** 299 * 3), 1 / ten ** 400)
print(1 / two ** 1074, 1 / two ** 1075, 3 / two ** 1076, (two ** 1024 - two ** 971) / 1)
for n in [two ** 1024 - two ** 970, two ** 1100, -(ten ** 400)]:
    try:
        print(n / 1)
    except OverflowError:
        print("OverflowError")
x = 1
for i in range(400):
    x = (x * 6364136223846793005 + 1442695040888963407) % two ** 127
    y = (x * 31 + 7) % two ** 90 + 1
    a, b = x >> (i % 120), y >> (i % 80)
    if b and i % 20 == 0:
        print(a / b, -a / (b << (i % 7)))
