inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), repr(nan))
print(float("-inf"), float("Infinity"), float("-INF"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, 1 / inf, -1 / inf)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan)
print(nan < 1, nan > 1, nan <= nan)
print(inf + inf, inf * inf, inf / 2)
print(str(inf), str(-inf), str(nan))
x = [1.0, inf, -inf]
print(max(x), min(x))
print(nan is nan, nan in [nan])
print(int(1e18), float(10 ** 18))
for v in (inf, -inf, nan):
    try:
        int(v)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
print(abs(-inf), -nan != -nan)
print(1e309, -1e309)
print(inf % 3 != inf % 3)
