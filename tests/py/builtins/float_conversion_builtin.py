print(float(), float(3), float("2.5"), float(" -1e3 "), float("inf"), float("-Infinity"), float(True), float(10 ** 20))
print(float("nan") != float("nan"), float(".5"), float("5."), float("+1.5e-2"))
class F:
    def __float__(self):
        return 2.75
print(float(F()))
for bad in ("", "x", "1.2.3", None, [1.0]):
    try:
        float(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, repr(bad))
