s = "aé日😀z"
print(len(s))
for i in range(len(s)):
    print(i, s[i], ord(s[i]), s[-1 - i])
print(s[1:3], s[2:], s[:-1], s[::-1])
print(list(s))
print(s.find("😀"), s.index("z"), "日" in s, "é日" in s, "eé" in s)
print(len("日本語".encode()))
print([c for c in "ñoño" if c == "ñ"])
print(chr(0x1F600) == "😀", "\u00e9" == "é", "\U0001F600" == s[3])
print("ü" < "z", "é" > "e", sorted("éaz日b"))
