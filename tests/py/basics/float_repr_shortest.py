# shortest round-trip repr of floats
vals = [0.1, 0.2, 0.1 + 0.2, 1/3, 2/3, 1e16, 1e15, 123456789012345678.0, 1e-4, 1e-5,
        0.000123, 1.5e300, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
        100.0, 1e22, 1e21, 9007199254740993.0, 0.3, 3.0, -0.0, 1.1, 2.675, 1e100,
        123.456, 4.35, 0.07, 1234567.0, 12345678901234567.0]
for v in vals:
    print(repr(v), str(v))
print(float("1e500"), float("-1e500"))
print(float("  3.5  "), float("1_000.5"))
print(repr(float("nan")), float("-inf"))
print(2.0 ** 0.5)
print(10 / 3, -10 / 3)
print(1e300 * 1e10)
print(float(10**20), float(2**53 + 1))
print(0.1 * 3, 1.1 * 1.1)
print(round(2.675, 2), round(0.125, 2), round(0.375, 2))
print(round(1234.5678, -2), round(-0.5), round(1.5), round(2.5), round(-1.5))
print(round(5, -1), round(15, -1), round(25, -1), round(-25, -1))
print(type(round(2.5)), type(round(2.5, 0)))
print(float.fromhex("0x1.8p1") if hasattr(float, "fromhex") else 3.0)
