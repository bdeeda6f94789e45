import struct
print(struct.pack("<?", True), struct.pack("<?", 0), struct.pack("<?", 5), struct.unpack("<?", b"\x01"), struct.unpack("<?", b"\x00"))
print(struct.calcsize("<?"), struct.pack(">?H", True, 2))
