import struct
for fmt in ("<H", ">H", "!H", "<I", ">I", "!I", "<q", ">q"):
    b = struct.pack(fmt, 258)
    print(fmt, b, struct.unpack(fmt, b))
print(struct.pack(">i", -2), struct.pack("<i", -2), struct.unpack(">h", b"\x80\x00"), struct.unpack("<h", b"\x80\x00"))
print(struct.pack(">HBB", 0x1234, 0xab, 0xcd), struct.unpack(">I", b"\xde\xad\xbe\xef"))
