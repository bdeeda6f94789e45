for s in ("plain", "it's", 'say "hi"', "both ' and \"", "tab\there", "nl\n", "cr\r", "back\\slash",
          "\x00\x01\x1f\x7f", "é", "日本", "\u200b", "😀", "\x80\xff", ""):
    print(repr(s))
print(repr("a'b"), repr('a"b'), str("a\nb"))
print(["it's", "x"], ("\t",))
print(ascii("é") if False else "skip")
