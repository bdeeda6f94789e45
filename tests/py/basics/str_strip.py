s = "  \t hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xxhixx".lstrip("x"), "xxhixx".rstrip("x"))
print("abcHELLOcba".strip("abc"), "abcHELLOcba".strip("cba"))
print(repr("".strip()), repr("   ".strip()), repr("x".strip("x")))
print("www.example.com".strip("cmowz."))
print("ééaéé".strip("é"), "  日本  ".strip())
print(repr("\x0b\x0c a \x1c".strip()))
print("hello".strip(""))
