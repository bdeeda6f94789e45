s = "the quick brown fox jumps over the lazy dog the end"
print(s.count("the"), s.count("o"), s.count("z"), s.count("xyz"))
print(s.count("the", 1), s.count("the", 0, 20), s.count("e", -10))
print("aaaa".count("aa"), "aaaa".count("a"), "".count(""), "abc".count(""))
print("ababab".count("aba"), "日本日本日".count("日"))
print("abc".count("", 1, 2), "abc".count("", 5))
