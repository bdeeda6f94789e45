import math
print(math.pi, math.e, math.tau if hasattr(math, "tau") else 2 * math.pi)
print(math.inf, -math.inf, math.isnan(math.nan), math.inf > 10 ** 308)
print(round(math.pi, 5), round(math.e, 5), math.pi * 2 == 2 * math.pi)
