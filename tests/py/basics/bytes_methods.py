b = b"  Hello, World  "
print(b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"))
print(b.split(), b.split(b","), b"a,b,,c".split(b",", 1), b"a b c".rsplit(b" ", 1))
print(b.upper(), b.lower(), b"abc".startswith(b"ab"), b"abc".endswith(b"bc"))
print(b.find(b"World"), b.find(b"zz"), b.rfind(b"l"), b.index(b"H"), b.count(b"l"))
print(b"x".join([b"a", b"b", b"c"]), b"".join([]))
print(b"aaa".replace(b"a", b"bb"), b"one two".replace(b"two", b"2"))
print(b"key=val".partition(b"="), b"a=b=c".rpartition(b"="))
print(b"123".isdigit(), b"abc".isalpha(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(4, b"0"), b"7".zfill(3))
print(b"l1\nl2\r\nl3".splitlines())
try:
    b"abc".index(b"z")
except ValueError:
    print("ValueError")
try:
    b"a".join(["s"])
except TypeError:
    print("TypeError")
