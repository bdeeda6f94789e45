s = "abcabc"
print(s.index("b"), s.index("b", 2), s.rindex("b"), s.rindex("a", 0, 3))
for args in (("z",), ("a", 4), ("c", 0, 2)):
    try:
        s.index(*args)
    except ValueError:
        print("ValueError", args)
try:
    s.rindex("q")
except ValueError:
    print("ValueError rindex")
print(s[0], s[-1], s[5], s[-6])
try:
    s[6]
except IndexError:
    print("IndexError")
try:
    s[-7]
except IndexError:
    print("IndexError neg")
print("éàü".index("ü"), "日本語"[1], "日本語"[-1])
