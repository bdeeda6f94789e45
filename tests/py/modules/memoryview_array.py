import array
a = array.array("h", [1, -2, 300, 4])
m = memoryview(a)
print(len(m), m[0], m[1], m[-1], list(m), m.tolist(), bytes(m[:2]))
m[1] = 7
m[2:4] = array.array("h", [8, 9])
print(a, list(m[::2]), list(m[::-1]), bytes(m[1:2]))
try:
    m[0] = 40000
except (OverflowError, ValueError, TypeError) as e:
    print(type(e).__name__ in ("OverflowError", "ValueError", "struct.error", "error"))
f = array.array("d", [0.5, 1.5])
mf = memoryview(f)
mf[0] = 2.25
print(f, mf[1], len(mf), mf.tolist())
b = bytearray(b"abcdef")
mb = memoryview(b)[1:5]
mb[0] = ord("X")
print(b, bytes(mb), mb[-1], list(mb[::2]))
ro = memoryview(b"xyz")
try:
    ro[0] = 1
except TypeError:
    print("TypeError read-only")
print(bytes(memoryview(b"hello")[1:3]), memoryview(b"ab") == b"ab", bytearray(memoryview(b"q")))
big = array.array("I", [1, 2**32 - 1])
print(memoryview(big)[1], bytes(memoryview(big))[4:])
