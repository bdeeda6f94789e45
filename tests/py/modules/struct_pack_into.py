import struct
buf = bytearray(8)
struct.pack_into("<HH", buf, 2, 0x0102, 0xffff)
print(buf)
print(struct.unpack_from("<H", buf, 2), struct.unpack_from("<H", buf, 4), struct.unpack_from("<I", buf))
rec = struct.pack("<hhh", 1, -2, 3) * 2
print([struct.unpack_from("<h", rec, i * 2)[0] for i in range(6)])
