import math
def r(x):
    return round(x, 10) + 0.0
for v in (0, 0.5, 1, -2):
    print(r(math.sinh(v)), r(math.cosh(v)), r(math.tanh(v)), r(math.asinh(v)))
print(r(math.acosh(1)), r(math.acosh(2)), r(math.atanh(0.5)), math.atanh(0))
print(r(math.expm1(1e-5) * 1e5), r(math.log1p(1e-5) * 1e5) if hasattr(math, "log1p") else 1.0)
