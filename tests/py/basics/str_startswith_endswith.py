s = "hello world"
print(s.startswith("hello"), s.startswith("world"), s.startswith(""), s.startswith("hello world!"))
print(s.endswith("world"), s.endswith("hello"), s.endswith(""), s.endswith("d"))
print(s.startswith("world", 6), s.startswith("wor", 6, 8), s.startswith("wo", 6, 8))
print(s.endswith("hello", 0, 5), s.endswith("llo", 0, 4), s.endswith("o", -5))
print(s.startswith(("x", "he")), s.endswith(("x", "y")), s.endswith(("ld", "x")))
print("".startswith(""), "".endswith("a"), "日本語".startswith("日本"), "ßa".endswith("a"))
print(s.startswith("h", 100), s.startswith("", 11), s.startswith("", 12))
