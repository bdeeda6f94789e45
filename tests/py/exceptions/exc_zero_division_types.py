import math
tests = [lambda: 5 % 0, lambda: 5.0 / 0, lambda: divmod(5.0, 0.0), lambda: 0 ** -1, lambda: (10 ** 50) // 0, lambda: pow(0, -2)]
for t in tests:
    try:
        t()
    except ZeroDivisionError:
        print("ZeroDivisionError")
try:
    math.log(0)
except ValueError:
    print("math domain ValueError")
try:
    math.sqrt(-1)
except ValueError:
    print("sqrt ValueError")
