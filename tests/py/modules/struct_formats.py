import struct
print(struct.pack("<hHiI", -1, 65535, -2, 4000000000))
print(struct.pack(">bBq", -128, 255, -(2**63)))
print(struct.unpack("<hHiI", struct.pack("<hHiI", -1, 65535, -2, 4000000000)))
print(struct.calcsize("<bhiq"), struct.calcsize("bhiq") >= 15, struct.calcsize("<3sx2s"))
print(struct.pack("<3s", b"abcdef"), struct.pack("<5s", b"ab"))
print(struct.unpack("<2sH", b"xy\x01\x02"))
print(struct.pack("<f", 1.5), struct.unpack("<d", struct.pack("<d", -2.25)))
print(struct.pack("<?", True) if True else 0)
print(struct.pack("<4B", 1, 2, 3, 4), struct.unpack(">I", b"\x00\x00\x01\x00"))
print(struct.pack("!H", 258), struct.pack(">Q", 2**64 - 1))
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 1, 0xABCD)
print(buf)
print(struct.unpack_from("<H", buf, 4))
print(struct.unpack("<xxH", b"\x00\x00\x05\x00"))
for bad in [("<h", 40000), ("<B", -1), ("<b", 128)]:
    try:
        struct.pack(bad[0], bad[1])
        print("packed", bad)
    except (struct.error, OverflowError, ValueError) as e:
        print("err")
try:
    struct.unpack("<I", b"\x01\x02")
except (struct.error, ValueError):
    print("short buffer")
print(struct.unpack("<3B", bytearray(b"\x01\x02\x03")))
