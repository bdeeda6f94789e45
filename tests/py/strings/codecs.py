# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers; ascii()
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["hello", "héllo", "日本語", "😀", "", "a\x00b"]:
    print(repr(s), s.encode(), s.encode("utf-8"), s.encode("UTF8"), len(s.encode()))
    print("  ", s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "backslashreplace"), s.encode("ascii", "xmlcharrefreplace"))
    print("  ", s.encode("latin-1", "replace"), s.encode(encoding="latin1", errors="ignore"))
print("é".encode("latin-1"), "ÿ".encode("iso-8859-1"))
show(lambda: "é".encode("ascii"))
show(lambda: "日".encode("latin-1"))
show(lambda: "x".encode("nope"))
show(lambda: "é".encode("ascii", "bogus"))
for b in [b"hello", "héllo".encode(), "日本語😀".encode(), b"\xff\xfe", b"a\xe4b", b"ab\xe4", b"ab\xe4\xb8", b"\xc3", b"\xed\xa0\x80x"]:
    print(b, repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "ignore")), repr(b.decode("utf-8", "backslashreplace")), repr(b.decode("latin-1")))
    show(lambda: b.decode())
    show(lambda: b.decode("ascii"))
print(repr(b"\xe9t\xe9".decode("latin-1")), repr(bytearray(b"ab").decode()), repr(b"abc".decode(encoding="ascii")))
print(repr(b"\x80abc".decode("ascii", "replace")), repr(b"\x80abc".decode("ascii", "ignore")))
show(lambda: b"x".decode("nope"))
print(str(b"abc", "utf-8"), str(b"h\xc3\xa9", encoding="utf-8"))
print(ascii("héllo"), ascii("日本"), ascii("😀"), ascii(["é", 1]), ascii("plain"), ascii(b"\xff"))
print("%a" % "é", "{!a}".format("é"), repr("é"))
