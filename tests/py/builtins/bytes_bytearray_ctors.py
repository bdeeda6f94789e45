print(bytes(), bytes(3), bytes([1, 2]), bytes(b"x"), bytes("é", "utf-8"), bytes(range(3)), bytes(bytearray(b"q")))
print(bytearray(), bytearray(2), bytearray([255]), bytearray(b"ab"), bytearray("日", "utf-8"))
print(len(bytes(1000)), bytes(2) == b"\x00\x00")
