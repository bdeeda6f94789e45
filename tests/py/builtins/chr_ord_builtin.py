print(chr(65), chr(97), chr(48), chr(32) == " ", chr(0x7f) == "\x7f", chr(233), chr(0x65e5), chr(0x1F600) == "😀")
print(ord("A"), ord("z"), ord("0"), ord(" "), ord("é"), ord("日"), ord("😀"), ord("\n"), ord("\x00"))
print("".join(chr(ord(c) + 1) for c in "HAL"))
print([ord(c) for c in "ab"], ord(b"a"))
for bad in (lambda: ord(""), lambda: ord("ab"), lambda: chr(-1), lambda: chr(0x110000)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
