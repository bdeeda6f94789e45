print((0).bit_length(), (-(2 ** 63)).bit_length(), (2 ** 63 - 1).bit_length())
print(int.from_bytes((12345678901234567890).to_bytes(8, "little"), "little"))
for n in [-(2 ** 15), 2 ** 15 - 1, -1, 0]:
    b = n.to_bytes(2, "big", signed=True)
    print(n, b, int.from_bytes(b, "big", signed=True))
print((65).to_bytes(1, "big").decode() if hasattr(bytes, "decode") else "A")
print([x.is_integer() for x in [1.0, 1.5, -0.0, 1e20]])
print((0.75).as_integer_ratio(), (-0.125).as_integer_ratio(), (1e20).as_integer_ratio(), (0.0).as_integer_ratio())
print((1 / 3).hex(), (-1e-5).hex(), (2.0 ** 1023).hex(), float.fromhex("0x1.5555555555555p-2") == 1 / 3)
print(float.fromhex("0x0.0000000000001p-1022"), float.fromhex("-0x0p0"), float.fromhex("0x1P+4"))
print((True).bit_length(), (False).to_bytes(1, "big"), True.conjugate())
print(int.__abs__(-4), float.__neg__(1.5), int.bit_length(255))
try:
    int.bit_length("x")
except TypeError as e:
    print(type(e).__name__)
print((1024).to_bytes(length=2, byteorder="big"), int.from_bytes(bytes=b"\x10", byteorder="big"))
