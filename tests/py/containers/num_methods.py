for n in [0, 1, 255, 256, -1, -256, 2 ** 100, -(2 ** 70), True]:
    print(n, n.bit_length(), abs(n).bit_count() if hasattr(n, "bit_count") else "-")
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (0).to_bytes(3, "big"))
print((-1).to_bytes(2, "big", signed=True), (-129).to_bytes(2, byteorder="little", signed=True))
print((255).to_bytes(1, "big"), (5).to_bytes(), (2 ** 64).to_bytes(9, "big"))
print((127).to_bytes(1, "big", signed=True))
for args in [(1, "big"), (2, "little")]:
    try:
        (65536).to_bytes(*args)
    except OverflowError as e:
        print("OverflowError", e)
try:
    (-1).to_bytes(2, "big")
except OverflowError as e:
    print("OverflowError", e)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError as e:
    print("OverflowError", e)
try:
    (1).to_bytes(1, "middle")
except ValueError as e:
    print("ValueError", e)
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"", "big"))
print(int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes(b"\xff\xff", "big"), int.from_bytes([1, 2, 3], "big"))
print(int.from_bytes(bytearray(b"\x01\x00\x00\x00\x00\x00\x00\x00\x00"), "big"))
print(int.from_bytes(b"\x80", byteorder="little", signed=True), int.from_bytes(b"\x01"))
class MyInt(int):
    pass
print(type(MyInt.from_bytes(b"\x01", "big")).__name__, MyInt.from_bytes(b"\x02", "big"))
print((5).conjugate(), (-5).__abs__(), (5).__neg__(), (5).__index__(), (5).__int__(), (5).__float__(), (7).__invert__())
print((10).as_integer_ratio(), (10).real, (10).imag, (10).numerator, (10).denominator)
print(True.__int__(), (2 ** 80).__neg__())
for f in [0.0, -0.0, 1.0, 3.0, 0.5, 0.1, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1.5e-310, 123456.789]:
    print(f, f.is_integer(), f.hex(), float.fromhex(f.hex()) == f, f.as_integer_ratio())
print(float("inf").hex(), float("-inf").hex(), float("nan").hex(), float("inf").is_integer())
try:
    float("inf").as_integer_ratio()
except OverflowError as e:
    print("OverflowError", e)
try:
    float("nan").as_integer_ratio()
except ValueError as e:
    print("ValueError", e)
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), float.fromhex("0x.8"), float.fromhex("1"), float.fromhex("  0XAp0  "))
print(float.fromhex("inf"), float.fromhex("-Infinity"), float.fromhex("0x1.fffffffffffffp+1023"))
try:
    float.fromhex("0x1p5000")
except OverflowError as e:
    print("OverflowError", e)
try:
    float.fromhex("zz")
except ValueError as e:
    print("ValueError", e)
print((2.5).conjugate(), (2.5).__abs__(), (-2.5).__neg__(), (2.7).__int__(), (-2.7).__trunc__(), (0.0).__bool__())
print((1 + 2j).conjugate(), (3j).conjugate(), (2.5).real, (2.5).imag)
print(round(2.5), round(3.5), round(2.675, 2), (3.7).__float__())
