# character classes and case mappings over a sample of code points (checksums per block)
preds = [str.isalpha, str.isdigit, str.isdecimal, str.isnumeric, str.isspace, str.isupper, str.islower,
         str.isprintable, str.isidentifier, str.isalnum, str.istitle]
for block in range(0, 0x20000, 0x2000):
    bits = [0] * len(preds)
    case = 0
    for cp in range(block, block + 0x2000, 7):
        if 0xD800 <= cp < 0xE000:
            continue
        c = chr(cp)
        for k in range(len(preds)):
            if preds[k](c):
                bits[k] += 1
        for m in (c.upper(), c.lower(), c.title(), c.casefold(), c.swapcase(), c.capitalize()):
            for ch in m:
                case = (case * 131 + ord(ch)) % 1000000007
    print(hex(block), bits, case)
print(repr("ǅungla ǈ ǋ".title()), repr("ǆ".capitalize()), "ᾳ".upper(), "ᾳ".title(), "ŉ".upper(), "ﬃ".title(), "ΐ".casefold())
