b = b"hello world"
m = memoryview(b)
print(len(m), m[0], m[-1], m.tobytes(), m.tolist()[:3], m.hex())
s = m[1:5]
print(type(s).__name__, len(s), s.tobytes(), s[0], s[-1], bytes(s))
print(m[::2].tobytes(), m[::-1].tobytes(), m[3:1].tobytes(), m[6:][1:3].tobytes())
try:
    m[100]
except IndexError as e:
    print("IndexError", e)
try:
    m[0] = 1
except TypeError as e:
    print("TypeError", e)
ba = bytearray(b"abcdef")
mv = memoryview(ba)
mv[0] = 65
mv[1:3] = b"XY"
print(ba, mv.tobytes())
sub = mv[2:]
sub[0] = 122
print(ba)
ba[5] = 33
print(mv.tobytes(), list(mv[4:]))
print(list(memoryview(b"\x01\x02")), memoryview(memoryview(b"ab")).tobytes())
try:
    memoryview("str")
except TypeError as e:
    print("TypeError", e)
try:
    mv[0] = 300
except ValueError as e:
    print("ValueError", e)
print(int.from_bytes(memoryview(b"\x01\x00"), "little"))
e = memoryview(b"")
print(len(e), e.tobytes(), e.tolist())
