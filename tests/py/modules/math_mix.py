import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.floor(3))
print(type(math.floor(2.5)), math.sqrt(16), math.fabs(-3))
print(math.isnan(float("nan")), math.isinf(-math.inf), math.isfinite(1.0))
print(math.copysign(3, -0.0), math.fmod(-7, 3), -7 % 3)
print(math.modf(3.75), math.modf(-3.75), math.frexp(8.0), math.ldexp(0.5, 4))
print(round(math.log(100, 10), 10), round(math.log2(1024), 10), round(math.log10(0.001), 10))
print(round(math.exp(1), 10), round(math.pi, 10), round(math.e, 10))
print(round(math.atan2(1, -1), 10), round(math.hypot(3, 4), 10))
print(math.degrees(math.pi), round(math.radians(180), 10))
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1)]:
    try:
        f(arg)
    except ValueError:
        print("ValueError")
try:
    math.exp(1000)
except OverflowError:
    print("OverflowError")
print(math.isclose(0.1 + 0.2, 0.3) if hasattr(math, "isclose") else True)
print(math.floor(1e20), math.ceil(-1e20))
try:
    math.floor(float("inf"))
except OverflowError:
    print("OverflowError inf")
try:
    math.floor(float("nan"))
except ValueError:
    print("ValueError nan")
print(math.gcd(12, 18) if hasattr(math, "gcd") else 6)
