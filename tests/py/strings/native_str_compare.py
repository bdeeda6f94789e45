# Comparisons of str with str (native code compares them before the general operator path):
# interned and built strings, unicode order, str subclasses with their own operators, mixed
# types.


def cmps(a, b):
    return (a == b, a != b, a < b, a <= b, a > b, a >= b)


built = "".join(["ab", "c"])
print(cmps("abc", "abc"), cmps("abc", built), cmps(built, "abd"), cmps("", "a"))
print(cmps("é", "z"), cmps("z", "é"), cmps("\u20ac", "\U0001f600"), cmps("a\x00", "a"))
s = "x"
print(cmps(s, s), "W" <= "X" <= "Z", "b" in "abc", "abc" * 2 == "abcabc")


class S(str):
    def __eq__(self, o):
        return "S.__eq__"

    def __lt__(self, o):
        return "S.__lt__"


class T(str):
    pass


print(S("a") == "a", "a" == S("a"), S("a") < "b", "b" > S("a"), T("a") == "a", T("a") < "b")
for a, b in (("a", 1), (1, "a"), ("a", None), ("a", b"a")):
    print(a == b, a != b)
    try:
        print(a < b)
    except TypeError:
        print("TypeError")
n = 0
ch = "A"
while ch <= "E":
    if ch == "C" or ch != "D":
        n += 1
    ch = chr(ord(ch) + 1)
print(n)
