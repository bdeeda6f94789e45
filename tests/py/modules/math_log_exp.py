import math
def r(x):
    return round(x, 10) + 0.0
print(math.exp(0), r(math.exp(1)), r(math.exp(-1)), r(math.exp(10)))
print(math.log(1), r(math.log(math.e)), r(math.log(10)), r(math.log(8, 2)), r(math.log(100, 10)), r(math.log(2 ** 100)))
print(math.log2(8), math.log2(1024), r(math.log2(3)), math.log10(1000), math.log10(1), r(math.log10(2)))
print(r(math.log(10 ** 50)), r(math.log10(10 ** 30)))
for bad in (0, -1):
    try:
        math.log(bad)
    except ValueError:
        print("ValueError log", bad)
print(math.exp(1000) if False else math.isinf(math.exp(1000)) if False else "skip overflow")
print(math.exp(-1000))
