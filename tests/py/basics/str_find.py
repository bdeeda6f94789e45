s = "hello world, hello there"
print(s.find("hello"), s.find("hello", 1), s.find("hello", 1, 10), s.find("zzz"))
print(s.rfind("hello"), s.rfind("hello", 0, 10), s.rfind("o"), s.rfind("q"))
print(s.find(""), s.find("", 5), s.find("", 100), s.rfind(""))
print(s.find("h", -5), s.find("e", -100, -10), s.rfind("l", -5))
print("日本語テキスト".find("テ"), "日本語テキスト".rfind("本"))
print("ßéà".find("à"), "aaa".find("aa"), "aaa".rfind("aa"))
print("abc".find("c", 3), "abc".find("", 3), "abc".find("", 4))
