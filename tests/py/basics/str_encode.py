for s in ("abc", "", "é", "日本語", "ß€", "\x00\x7f", "😀"):
    b = s.encode()
    print(repr(s), b, len(s), len(b), b.decode() == s)
print("abc".encode("utf-8"), "é".encode("utf-8"))
print(str(b"caf\xc3\xa9", "utf-8"), bytes("hé", "utf-8"))
try:
    b"\xff\xfe".decode()
except UnicodeError:
    print("UnicodeError")
print(b"hello".decode("utf-8"), b"".decode())
