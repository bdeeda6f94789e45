import math
for v in (2.5, -2.5, 3.0, -3.0, 0.0, 0.9999, -0.0001, 1e15 + 0.5, 7):
    print(v, math.floor(v), math.ceil(v), math.trunc(v), type(math.floor(v)).__name__)
print(math.floor(10 ** 20), math.ceil(-(10 ** 20)))
for bad in (math.inf, math.nan):
    try:
        math.floor(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
