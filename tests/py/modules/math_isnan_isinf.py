import math
for v in (0.0, 1.0, math.inf, -math.inf, math.nan, 1e308, 5):
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))
print(math.isinf(1e308 * 10), math.isnan(math.inf - math.inf), math.isnan(0 * math.inf))
