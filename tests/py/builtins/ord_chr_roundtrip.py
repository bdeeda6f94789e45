ok = True
for cp in list(range(0, 0x300, 7)) + [0x3042, 0x65e5, 0x1F600, 0x10FFFF, 0xFFFF]:
    c = chr(cp)
    if ord(c) != cp or len(c) != 1:
        ok = False
print(ok)
s = "".join(chr(c) for c in range(0x41, 0x5b))
print(s, s.lower())
print(sum(ord(c) for c in "hello"), max("日本語", key=ord))
