import math
print(round(math.gamma(5), 8), round(math.gamma(0.5) ** 2, 8), round(math.lgamma(10), 8))
print(round(math.erf(0.5), 10), round(math.erfc(0.5), 10), math.erf(0))
print(math.fsum([0.1] * 10) if hasattr(math, "fsum") else 1.0)
