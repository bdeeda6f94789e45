import struct
for fmt in ("<b", "<B", "<h", "<H", "<i", "<I", "<l", "<L", "<q", "<Q", "<f", "<d", "<x", "<5s", "<bhiq", ">3H2b", "!Iq", "<", "<0s"):
    print(repr(fmt), struct.calcsize(fmt))
print(struct.calcsize("b"), struct.calcsize("i"), struct.calcsize("d"), struct.calcsize("q"))
