import struct
for v in (0.0, 1.0, -1.5, 0.25, 1e10, -2.5e-3, float("inf")):
    bd = struct.pack("<d", v)
    print(v, bd, struct.unpack("<d", bd)[0] == v)
for v in (0.0, 1.0, -1.5, 0.25, 65536.0):
    bf = struct.pack("<f", v)
    print(v, bf, struct.unpack("<f", bf)[0])
print(struct.unpack("<f", struct.pack("<f", 0.1))[0] != 0.1)
print(round(struct.unpack("<f", struct.pack("<f", 0.1))[0], 6))
print(struct.pack(">d", 1.0), struct.pack(">f", -2.0))
nan = struct.unpack("<d", struct.pack("<d", float("nan")))[0]
print(nan != nan)
