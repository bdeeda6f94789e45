import struct
print(struct.calcsize("B"), struct.calcsize("H"), struct.calcsize("I"), struct.calcsize("Q"), struct.calcsize("d"), struct.calcsize("f"))
v = struct.unpack("I", struct.pack("I", 0xdeadbeef))[0]
print(hex(v))
print(struct.unpack("<5B", bytes(range(5))), struct.unpack(">5B", bytes(range(5))))
