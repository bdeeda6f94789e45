import math
def r(x):
    return round(x, 10) + 0.0
for a in (0, 0.5, 1, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, -1.25):
    print(r(math.sin(a)), r(math.cos(a)), r(math.tan(a)) if abs(math.cos(a)) > 1e-9 else "inf-ish")
for v in (-1, -0.5, 0, 0.5, 1):
    print(r(math.asin(v)), r(math.acos(v)), r(math.atan(v)))
print(r(math.atan2(1, 1)), r(math.atan2(-1, -1)), r(math.atan2(0, -1)), r(math.atan2(1, 0)), math.atan2(0, 0))
print(math.sin(0.0), math.cos(0.0))
try:
    math.asin(2)
except ValueError:
    print("ValueError asin domain")
