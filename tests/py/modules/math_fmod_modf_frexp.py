import math
for a, b in ((7, 3), (-7, 3), (7, -3), (5.5, 2), (-5.5, 2), (1, 0.3)):
    print(a, b, round(math.fmod(a, b), 12), round(a % b, 12))
for v in (3.75, -3.75, 0.0, 5.0, -0.5):
    print(v, math.modf(v))
for v in (0.0, 1.0, 8.0, 0.375, -10.0, 1e10):
    m, e = math.frexp(v)
    print(v, m, e, math.ldexp(m, e) == v)
print(math.ldexp(1, 10), math.ldexp(0.5, -1), math.ldexp(3, 0))
try:
    math.fmod(1, 0)
except ValueError:
    print("ValueError fmod by zero")
