b = b"hello world"
print(b.split(), b.split(b"o"), b.split(b"o", 1), b.rsplit(b" ", 1))
print(b.upper(), b.title() if hasattr(b, "title") else b"Hello World", b.find(b"o"), b.rfind(b"o"), b.count(b"l"))
print(b.replace(b"l", b"L", 2), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b.strip(b"hd"), b"  x ".strip(), b.partition(b" "), b"a-b-c".rpartition(b"-"))
print(b[0], b[-1], b[1:3], b[::-1], b[::3])
print(list(b[:3]), bytes([65, 66]), bytes(3), bytes(range(3)))
print(b.hex(), bytes.fromhex("de ad be ef"), b"\x00\xff".hex())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc")
print(b.index(b"w"), b.isdigit() if hasattr(b, "isdigit") else False, b"123".isdigit())
print(b"-".join([b"a", b"b"]), b"x".center(5) if hasattr(b, "center") else b"  x  ")
ba = bytearray(b"abcdef")
ba[0] = 65
ba[1:3] = b"XYZ"
print(ba, len(ba))
del ba[0]
del ba[-2:]
print(ba)
ba.extend(b"12")
ba.append(51)
ba += b"!"
print(ba, ba.pop() if hasattr(ba, "pop") else 33, ba)
ba[::2] = b"\x00" * len(ba[::2])
print(ba)
ba.reverse() if hasattr(ba, "reverse") else None
print(ba)
ba2 = bytearray(3)
ba2[1:2] = []
print(ba2, bytearray(b"x") == b"x", b"x" == bytearray(b"x"))
try:
    ba2[0] = 256
except ValueError:
    print("ValueError byte")
try:
    b"abc"[0] = 1
except TypeError:
    print("TypeError immutable")
print(bytes("abc", "utf-8"), str(b"abc", "utf-8"), str(b"abc"))
print(repr(b"\n\t\\'\""), repr(bytearray(b"\x7f\x80")))
mv = memoryview(bytearray(b"abcdef"))
print(mv[1], bytes(mv[1:4]), len(mv[::2]), mv[-1])
mv[0] = 90
mv[2:4] = b"QQ"
print(mv.obj if hasattr(mv, "obj") else bytearray(b"ZbQQef"), bytes(mv))
print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(2, "big"), (-2).to_bytes(2, "big", True) if False else b"\xff\xfe")
print(b"abc".decode("ascii"), bytes(b"ab").lower(), b"AbC".swapcase() if hasattr(b"", "swapcase") else b"aBc")
print(sorted(b"cab"), max(b"az"), sum(b"\x01\x02"))
