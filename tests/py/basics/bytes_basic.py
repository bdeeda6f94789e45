b = b"hello"
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[0]).__name__)
print(b"", bytes(), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(b"a\x00b\xff", repr(b"'"), repr(b'"'), repr(b"\t\n\r\\"))
print(b + b" world", b * 2, 2 * b"ab", b"x" * 0)
print(list(b"abc"), tuple(b"\x01\x02"))
print(b == b"hello", b != b"hellO", b < b"help", b"" < b"\x00")
print(b"ll" in b, 108 in b, 0 in b, b"" in b)
try:
    b[0] = 1
except TypeError:
    print("TypeError immutable")
try:
    b[10]
except IndexError:
    print("IndexError")
try:
    bytes([256])
except ValueError:
    print("ValueError")
for x in b"hi":
    print(x)
print(bytes(b"copy"), bytes(bytearray(b"ba")))
print(b"abc"[1], b"abc"[1:2])
