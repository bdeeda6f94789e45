data = b"\x00\x01hello\xff"
for probe in (b"", b"\x00", b"hello", b"hellx", b"\xff", b"o\xff"):
    print(probe, probe in data)
for n in (0, 1, 104, 255, 2):
    print(n, n in data)
try:
    300 in data
except ValueError:
    print("ValueError")
print(b"l" in bytearray(b"hello"), bytearray(b"lo") in b"hello")
