data = bytearray(range(10))
m = memoryview(data)
print(m[2:8:2].tolist(), m[-3:].tobytes(), m[::-2].tolist(), len(m[::3]))
m[::2] = bytes(5)
print(data)
m2 = m[1:9]
m3 = m2[1:-1]
print(m3.tolist(), len(m3), m3[0], m3[-1])
m3[0] = 255
print(data[2], bytes(m3[:2]))
print(memoryview(b"abc").hex(), memoryview(bytearray(b"xyz"))[1], bytearray(memoryview(b"qr")))
try:
    m[1:3] = b"abc"
except ValueError as e:
    print(type(e).__name__)
try:
    memoryview(5)
except TypeError as e:
    print(type(e).__name__, e)
print(type(memoryview(b"a")).__name__, list(m[:3]))
