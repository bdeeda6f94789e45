b = bytearray(b"hello world")
m = memoryview(b)
print(len(m), m[0], m[-1], bytes(m[0:5]), bytes(m[6:]))
m[0] = 72
print(b)
m[6:11] = b"WORLD"
print(b)
sub = m[2:5]
print(bytes(sub), len(sub))
sub[0] = ord("L")
print(b)
print(list(memoryview(b"abc")))
ro = memoryview(b"abc")
try:
    ro[0] = 1
except TypeError:
    print("TypeError readonly")
print(bytes(memoryview(b"xyz")[::-1]) if False else bytes(memoryview(b"xyz")[1:]))
print(memoryview(b"ab") == b"ab")
