import math
vals = [-1.0, -0.5, 0.0, 0.25, 0.5, 1.0]
for v in vals:
    print(v, round(math.asin(v), 12), round(math.acos(v), 12), round(math.atan(v), 12), round(math.asinh(v), 12), round(math.tanh(v), 12))
for a in [0, math.pi / 6, math.pi / 4, math.pi / 2, math.pi, 2.5]:
    print(round(math.sin(a), 12), round(math.cos(a), 12), round(math.degrees(a), 9))
for y, x in [(0, 1), (1, 0), (0, -1), (-1, 0), (0.0, -0.0), (-0.0, -0.0)]:
    print(math.atan2(y, x))
print(math.hypot(-3, -4), math.radians(90) == math.pi / 2, math.tan(0), math.cosh(0), math.sinh(0))
print(math.exp(1) == math.e, math.log(math.e), math.log(1), math.log10(0.001), math.log2(0.125), round(math.log1p(1e-10), 20))
print(math.pow(math.inf, 0), math.pow(1, math.nan), math.pow(-2, 3), math.pow(2, -1), math.sqrt(0.0), math.sqrt(-0.0))
print(math.isnan(math.pow(math.nan, 1)), math.isinf(math.exp(math.inf)), math.exp(-math.inf), math.fabs(-math.inf))
print(math.remainder(10, 3), math.remainder(11, 3), math.remainder(-7, 2), math.remainder(5, 2))
