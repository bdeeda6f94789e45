import struct
for fmt in ["b", "bh", "bi", "bq", "bd", "hb", "ib", "qb", "cbh", "?i", "3sI", "xxi", "5x", "e", "bbbb", "2i3b", "@iq", "=iq", "<iq", ">iq", "!iq"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("bi", 1, 2) == b"\x01\x00\x00\x00\x02\x00\x00\x00")
print(struct.unpack("bh", struct.pack("bh", -3, 300)), struct.unpack("=bh", struct.pack("=bh", -3, 300)))
print(struct.pack(">IHb", 0xDEADBEEF, 0xCAFE, -1), struct.unpack(">IHb", b"\xde\xad\xbe\xef\xca\xfe\xff"))
print(struct.pack("<4B", 1, 2, 3, 4), struct.unpack("<4B", b"\x04\x03\x02\x01"))
print(struct.pack(">d", 1e308), struct.unpack(">f", struct.pack(">f", 3.4e38)), struct.unpack("<e", b"\x00\x7c"), struct.unpack("<e", b"\x01\x00"))
print(struct.pack("<e", 65504.0), struct.pack("<e", -0.0), struct.pack("<e", 1e-8))
print(struct.unpack("<?????", bytes([0, 1, 2, 255, 0])))
print(struct.pack(b"<h", 7), struct.calcsize(b"ii"))
print(struct.unpack("<10s", b"abc\x00\x00\x00\x00\x00\x00\x00"), struct.pack("0s", b"abc"), struct.unpack("0s", b""))
print(struct.pack("<i", True), struct.pack("<Q", 0), struct.unpack("<q", struct.pack("<q", -2**63)))
try:
    struct.pack("<e", 1e10)
except (OverflowError, struct.error) as e:
    print(type(e).__name__)
try:
    struct.pack("<f", 1e300)
except (OverflowError, struct.error) as e:
    print(type(e).__name__)
try:
    struct.pack("<Q", -1)
except struct.error:
    print("struct.error")
try:
    struct.pack("<n", 1)
except struct.error:
    print("struct.error")
