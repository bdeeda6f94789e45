import math
for v in (0, 1, 2, 4, 9, 10, 0.25, 1e10, 2 ** 60):
    print(v, math.sqrt(v))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(0, 0), math.pow(-8, 3))
print(type(math.sqrt(4)).__name__, type(math.pow(2, 2)).__name__)
for bad in (-1, -0.5):
    try:
        math.sqrt(bad)
    except ValueError:
        print("ValueError sqrt", bad)
print(math.sqrt(-0.0), math.sqrt(math.inf))
