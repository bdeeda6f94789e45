s = "héllo wörld ñ 中文 😀"
print(len(s), s.upper(), s.title(), s[1], s[-1], s[6:11], s[::-1][:3])
print(s.encode("utf-8")[:8], len(s.encode()), s.find("ö"), s.index("中"), "ñ" in s)
print(s.split(" "), s.count("l"), s.replace("ö", "oe"), s.startswith("hé"))
print([ord(c) for c in "aé中😀"], chr(0x1F600) == "😀", "\u00e9" == "é")
print(repr("é中\t\x00\x7f"), repr("\u200b"), ascii("é中") if True else "")
print("ÀÉÎ".lower(), "straße".upper(), "ǅ".lower() if True else "", "İ".lower() == "i̇")
print(sorted(["é", "e", "z", "a"]), "é" > "z", max("aé"), min("中文"))
print("é".center(5, "*"), "中".ljust(3, "-") + "|", "{:^7}".format("中文"), "%-4s|" % "é")
print("a,b，c".split(","), " \u3000x\u3000 ".strip(), "x\u2028y".splitlines())
print("١٢٣".isdigit(), "½".isnumeric() if hasattr(str, "isnumeric") else True, "Ⅻ".isalpha(), "é".isalpha(), "中".isalpha())
b = "日本".encode("utf-8")
print(b, b.decode("utf-8"), len(b), bytes("ü", "utf-8"), "ü".encode("latin-1") if True else b"")
print(str(b"\xc3\xa9", "utf-8"), b"\xe4\xb8\xad".decode(), "abc".encode("utf-8").decode("ascii"))
try:
    b"\xc3".decode("utf-8")
except UnicodeDecodeError:
    print("UnicodeDecodeError")
print(b"\xff\xfe".decode("utf-8", "replace") if True else "", b"a\xffb".decode("utf-8", "ignore"))
for ch in "aé中😀":
    print(ch, len(ch.encode()), hex(ord(ch)))
print("😀" * 3, "中" + "文", "".join(sorted("dcba")), "x".join("中文"))
