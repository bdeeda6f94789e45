import struct
print(struct.calcsize("i"), struct.calcsize("<i"), struct.calcsize("bi"), struct.calcsize("<bi"), struct.calcsize("@bq"), struct.calcsize("=bq"))
print(struct.calcsize("hhl"), struct.calcsize("<hhl"), struct.calcsize("3s"), struct.calcsize("2h3x"), struct.calcsize(""))
print(struct.pack("<i", 1), struct.pack(">i", 1), struct.pack("!h", -2), struct.pack("<HBb", 0xABCD, 255, -128))
print(struct.pack("<q", -1), struct.pack(">Q", 2**64 - 1))
print(struct.pack("<f", 1.5), struct.pack(">d", -2.25), struct.pack("<e", 1.0), struct.pack("<e", 0.333))
print(struct.pack("<?", 5), struct.pack("c", b"x"), struct.pack("5s", b"ab"), struct.pack("3s", b"abcdef"), struct.pack("4p", b"ab"))
print(struct.pack("<3h", 1, 2, 3), struct.pack("@bi", 1, 2), struct.pack("<2x i", 7))
print(struct.unpack("<i", b"\x01\x00\x00\x00"), struct.unpack(">h", b"\xff\xfe"), struct.unpack("<HBb", b"\xcd\xab\xff\x80"))
print(struct.unpack("<f", struct.pack("<f", 1.5)), struct.unpack(">d", struct.pack(">d", 3.75)), struct.unpack("<e", struct.pack("<e", 0.5)))
print(struct.unpack("<Q", b"\xff" * 8), struct.unpack("<q", b"\xff" * 8))
print(struct.unpack("5s", b"hello"), struct.unpack("4p", b"\x02abc"), struct.unpack("?c", b"\x01z"))
print(struct.unpack_from("<h", b"\x00\x01\x02\x03", 1), struct.unpack_from("<h", b"\x00\x01\x02\x03", offset=2))
print(struct.unpack("<2i", bytearray(b"\x01\x00\x00\x00\x02\x00\x00\x00")))
ba = bytearray(8)
struct.pack_into("<hi", ba, 1, 5, -1)
print(ba)
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
for fmt, args in [("<b", (200,)), ("<B", (-1,)), ("<h", (40000,)), ("<i", (1, 2)), ("<i", ("x",)), ("z", ()), ("<i", ())]:
    try:
        struct.pack(fmt, *args)
    except struct.error as e:
        print("struct.error")
for fmt, data in [("<i", b"\x00"), ("<h", b"\x00\x00\x00")]:
    try:
        struct.unpack(fmt, data)
    except struct.error as e:
        print("struct.error", e)
print(issubclass(struct.error, Exception))
try:
    struct.unpack_from("<i", b"\x00\x00", 0)
except struct.error:
    print("struct.error from")
