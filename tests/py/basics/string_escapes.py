print("tab:\t|", "nl:\\n", "quote:\"", 'apos:\'', "back:\\")
print(len("\n"), len("\\n"), len(r"\n"), r"raw\t\n", len("\x41"), "\x41\x42")
print("\101\102", "\0" == "\x00", "\u00e9", "\U0001F600" == "😀")
print(repr("\a\b\f\v"), repr(r"\d+"), ord("\r"), ord("\t"))
print("line1\
continued")
print(b"\x00\n\\".hex(), rb"\x00", len(rb"\x00"))
print("a" "b" 'c' """d""")
