import struct
StructError = getattr(struct, "error", ValueError)
for args in (("<h", 40000), ("<B", -1), ("<b", 128), ("<I", -1)):
    try:
        struct.pack(*args)
        print("packed", args)
    except (StructError, OverflowError, ValueError) as e:
        print("error", args)
try:
    struct.unpack("<I", b"\x00\x01")
except (StructError, ValueError):
    print("error short buffer")
try:
    struct.pack("<HH", 1)
except (StructError, TypeError, ValueError):
    print("error too few args")
print(issubclass(StructError, Exception))
