# signed= keyword of int.from_bytes / int.to_bytes
print(int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes(b"\x80\x00", "big", signed=True))
print(int.from_bytes(b"\x7f\xff", "big", signed=True))
print(int.from_bytes(b"\xfe\xff\xff\xff", "little", signed=True))
print((-1).to_bytes(2, "big", signed=True))
print((-129).to_bytes(2, "little", signed=True))
print((127).to_bytes(1, "big", signed=True))
for v in (-1, -128, 127, -(2 ** 63), 2 ** 63 - 1):
    b = v.to_bytes(8, "little", signed=True)
    print(v, b, int.from_bytes(b, "little", signed=True) == v)
try:
    (128).to_bytes(1, "big", signed=True)
except OverflowError:
    print("OverflowError")
