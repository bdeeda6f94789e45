import struct
for args in (("<h", 40000), ("<B", -1), ("<b", 128), ("<I", -1)):
    try:
        struct.pack(*args)
        print("packed", args)
    except (struct.error, OverflowError, ValueError) as e:
        print("error", args)
try:
    struct.unpack("<I", b"\x00\x01")
except (struct.error, ValueError):
    print("error short buffer")
try:
    struct.pack("<HH", 1)
except (struct.error, TypeError, ValueError):
    print("error too few args")
print(issubclass(struct.error, Exception))
