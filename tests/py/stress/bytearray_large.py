b = bytearray(200000)
for i in range(0, len(b), 7):
    b[i] = i & 0xff
print(len(b), sum(b) % 65536, b[7], b[-1])
b2 = bytes(b)
print(b2.count(b"\x00") > 0, b2.find(b"\x07"), len(b2.split(b"\x00")) > 1)
c = bytearray()
for i in range(50000):
    c.append(i % 256)
print(len(c), c[-1], c[:5])
m = memoryview(c)
print(bytes(m[1000:1004]))
