b = bytes(range(10))
print(b[2:5], b[::2], b[::-1], b[-3:], b[:-7], b[8:2:-2], b[100:], b[5:5])
print(b[slice(1, 9, 3)], type(b[1:2]).__name__)
ba = bytearray(range(10))
print(ba[2:5], ba[::-3], type(ba[1:2]).__name__)
m = b"\xe6\x97\xa5\xe6\x9c\xac"
print(m[:3].decode(), m[3:].decode(), len(m))
