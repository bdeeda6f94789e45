nan = float("nan"); inf = float("inf")
for f, a in [(round, inf), (round, nan), (int, nan), (int, inf), (int, -inf)]:
    try:
        print(f(a))
    except (OverflowError, ValueError) as e:
        print(f.__name__, type(e).__name__)
for expr in ["divmod(1, 0.0)", "0.0 ** -1", "1 % 0", "1.5 // 0", "0 ** -1", "1 / 0.0", "5 % 0.0"]:
    try:
        print(eval(expr))
    except ZeroDivisionError:
        print(expr, "ZeroDivisionError")
print(nan == nan, nan != nan, [nan] == [nan], nan in [nan], inf == inf, -inf < 0 < inf)
print(1e308 * 10, -1e308 * 10, inf - inf, inf * 0, 2 ** 0.5, 10 ** -2, pow(0, 0), 0 ** 0, 0.0 ** 0)
print(-7 >> 1, 1 << 64, ~0, ~-1, -1 << 3, 5 >> 10, -5 >> 10, 2 ** 100 >> 99)
print((-8) ** 2, -8 ** 2, (-2) ** -2, 2 ** -1, (-1) ** 0.5 if False else 0)
print(str.upper("x"), list.__len__([1, 2]), dict.get({"a": 1}, "a"), str.join("-", "ab"))
print(float.__name__, int("7"), int(7.9), int(-0.5), float(2**63), int(1e15), int(123456789012.0))
print(1.0 == 1, 2**53 == 2.0**53, 2**53 + 1 == 2.0**53 + 1, 0.1 + 0.2 == 0.3, 1 / 3 * 3 == 1.0)
print(3 * 1.1, 100 * 1.1, 0.1 * 0.1, 1e-7 + 1, 5e-324 / 2, 1.7976931348623157e308 + 1e292)
print(7.0 / 2, 7 / 2, -7 / 2, 7 // 2.0, -7 // 2.0, 7 % 2.5, -7 % 2.5, 7.5 % -2)
print(divmod(-7, 3), divmod(7, -3), divmod(-7, -3), divmod(0, 5), divmod(2**70, -3), divmod(-2**70, 3))
print(abs(-0.0), -0.0, 0.0 == -0.0, str(-0.0), round(-0.4), round(-0.6), round(0.5 + 1e-9))
print(round(2.5, 0), round(-2.5, 0), round(1.15, 1), round(2.345, 2), round(12345, -2), round(-12355, -1))
print(max(nan, 1) != max(nan, 1) or True, min([3, 1.5, 2]), max([-0.0, 0.0]), sum([1e100, 1, -1e100]))
print(int("-0"), float("-0"), float("nan") != 0, float("Infinity"), float("-iNF"), float(" 1e2 "))
try:
    float("1e")
except ValueError:
    print("ValueError float")
try:
    int("1.5")
except ValueError:
    print("ValueError int")
print(bool(0j), bool(0.0), 0 == False, 1 == True, True + 0.5, True & False, True | 2, True ^ True)
print(5 .bit_length() if hasattr(5, "bit_length") else 3, (255).bit_length() if True else 8, (0).bit_length(), (-8).bit_length())
print(complex("1+2j") if True else 0, (1 + 2j).real, (1 + 2j).imag, (1 + 2j).conjugate(), abs(1 + 1j) ** 2)
print(2 ** 62 + 2 ** 62, -2 ** 63, 2 ** 63 - 1 + 1 - 1, (2 ** 63) * (2 ** 63), 12345678987654321 * 98765432123456789)
print((10 ** 20) / 3, 10 ** 20 / 10 ** 19, 2 ** 1000 / 2 ** 999, float(2 ** 1000) if False else "", 1 / (2 ** 70))
x2 = 2.0
try:
    x2 ** 10000
except OverflowError:
    print("OverflowError pow")
try:
    float(10 ** 400)
except OverflowError:
    print("OverflowError float(int)")
print(10 ** 400 > 1e308, 10 ** 400 < inf, 2 ** 64 == 2.0 ** 64, (2 ** 64 + 1) > 2.0 ** 64)
