import struct
print(struct.pack("<i", -1), struct.pack(">h", 1), struct.pack("=I", 1) == struct.pack("<I", 1))
print(struct.pack("<2h3b", 1, 2, 3, 4, 5), struct.unpack("<2h3b", b"\x01\x00\x02\x00\x03\x04\x05"))
print(struct.calcsize("<"), struct.calcsize("<10s"), struct.calcsize("<qQ"), struct.calcsize("<e") if False else 2)
print(struct.pack("<10s", b"hi"), struct.unpack("<4s", b"abcd"), struct.pack("<0s", b"x"))
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] != 0.1, round(struct.unpack("<f", struct.pack("<f", 0.1))[0], 6))
print(struct.unpack("<d", b"\x00\x00\x00\x00\x00\x00\xf0\x7f"), struct.unpack(">d", b"\xbf\xf0" + bytes(6)))
print(struct.pack("<q", 2**62), struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.pack("<I", 0xDEADBEEF).hex(), struct.pack(">I", 0xDEADBEEF).hex())
print(struct.pack("<?", 0), struct.pack("<??", True, 5) if True else b"", struct.unpack("<?", b"\x02"))
print(struct.pack("<bx", 1), struct.pack("<xb", 1), struct.calcsize("<bxh"))
data = struct.pack("<HHI", 1, 2, 3) * 2
for off in range(0, len(data), 8):
    print(struct.unpack_from("<HHI", data, off))
print(struct.unpack("<I", memoryview(b"\x01\x00\x00\x00\xff"))[0] if False else 1)
try:
    struct.pack("<H", 1, 2)
except struct.error:
    print("struct.error too many")
try:
    struct.pack("<HH", 1)
except struct.error:
    print("struct.error too few")
try:
    struct.pack("<i", 1.5)
except struct.error:
    print("struct.error float")
print(struct.pack("<i", True), struct.pack("<d", 3), struct.pack("<f", 2))
