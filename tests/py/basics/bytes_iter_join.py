data = bytes(range(250, 256)) + b"\x00"
print([b for b in data])
print(sum(data), max(data), min(data), len(data))
print(b"".join([b"a", b"b", b"c"]), b"-".join([b"x"]))
out = bytearray()
for i in range(5):
    out += bytes([i * 50])
print(out, bytes(out))
print(bytes(reversed(b"abc")), sorted(b"cab"))
