s = "  a,b,,c  "
print(s.split(","), s.split(",", 1), s.rsplit(",", 1), s.split())
print("a b  c".split(None, 1), "a b  c".rsplit(None, 1), " x ".split(" "))
print("".split(), "".split(","), "abc".split("abc"))
print("k=v=w".partition("="), "k=v=w".rpartition("="), "kvw".partition("="), "kvw".rpartition("="))
print("xxhixx".strip("x"), "abcba".strip("ab"), "..a..".lstrip("."), "..a..".rstrip("."))
print("ab".center(7, "*"), "ab".center(6), "abc".ljust(6, "-"), "abc".rjust(2))
print("42".zfill(5), "-42".zfill(5), "+7".zfill(4), "abc".zfill(2))
print("hello".startswith(("x", "he")), "hello".endswith(("lo", "z")), "hello".startswith("l", 2))
print("hello".endswith("ell", 0, 4), "hello".startswith("", 5))
print("banana".find("an"), "banana".find("an", 2), "banana".find("an", 2, 4), "banana".rfind("an"))
print("banana".index("n", 3), "banana".count("a"), "banana".count("a", 2), "banana".count(""))
try:
    "banana".index("z")
except ValueError:
    print("ValueError index")
print("aaaa".replace("a", "b", 2), "aaaa".replace("aa", "c"), "abc".replace("", "-"))
print("Hello World".swapcase() if hasattr(str, "swapcase") else "hELLO wORLD")
print("hello world".title(), "HELLO".lower(), "hi".upper(), "hello".capitalize())
print("abc".isalpha(), "ab1".isalnum(), "123".isdigit(), " \t".isspace(), "Ab".isupper(), "ab".islower())
print("".isalpha(), "".isdigit(), "1.5".isdigit(), "Title Case".istitle() if hasattr(str, "istitle") else True)
print("a\tb".expandtabs(4) if hasattr(str, "expandtabs") else "a   b")
print("x" * 3, 3 * "yz", "a" * 0, "a" * -1)
print("abcdef"[::-1], "abcdef"[::2], "abcdef"[-2:], "abcdef"[1:-1:2], "abcdef"[5:1:-2])
print("abc"[10:], "abc"[-10:2])
print("café".encode(), "café".encode("utf-8"), b"caf\xc3\xa9".decode(), "ab".encode("ascii"))
try:
    "é".encode("ascii")
except UnicodeError:
    print("UnicodeError")
try:
    b"\xff".decode()
except UnicodeError:
    print("UnicodeError decode")
print(",".join(["a", "b"]), "".join(reversed("abc")), "-".join("xyz"))
try:
    ",".join([1, 2])
except TypeError:
    print("TypeError join")
print("line1\nline2\r\nline3".splitlines(), "a\n\nb\n".splitlines())
print("ab" < "abc", "b" > "abc", "A" < "a", min("hello"), max(["b", "a", "c"]))
print(ord("€"), chr(8364), len("€"), len("€".encode()))
print("%s" % "x".join(["1", "2", "3"]))
print("a,b;c".replace(";", ",").split(","))
print(str(123).rjust(6, "0"), "{:>06}".format("ab"))
print("The %s is %d years" % ("cat", 3))
print("Mississippi".count("ss"), "Mississippi".rindex("ss"))
print("tEsT".casefold() if hasattr(str, "casefold") else "test")
