# find / rfind / index / rindex / count with start/end, negatives, empty needles, unicode
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = "hello world, hello"
for sub in ["hello", "o", "", "xyz", "d, h", "hello world, hello!"]:
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub))
    for a, b in [(0, None), (1, None), (-5, None), (3, 10), (10, 3), (-100, 100), (18, None), (19, None), (None, -3), (5, 5)]:
        print("  ", a, b, s.find(sub, a, b), s.rfind(sub, a, b), s.count(sub, a, b))
print("abc".find("", 3), "abc".find("", 4), "abc".rfind("", 4), "abc".count("", 4), "abc".count(""))
print("aaaa".count("aa"), "aaaa".find("aa", 1), "aaaa".rfind("aa"))
u = "ünïcödé ünï"
print(u.find("ï"), u.rfind("ï"), u.index("c"), u.rindex("ü"), u.count("ü"), u.find("ö", 5), u.find("é", -3))
print("😀a😀b".find("b"), "😀a😀b".rfind("😀"), "😀a😀b".count("😀", 1))
show(lambda: s.index("zzz"))
show(lambda: s.rindex("zzz"))
show(lambda: s.index("hello", 1, 5))
show(lambda: s.find(1))
show(lambda: s.find("a", "b"))
print(s.find("o", True), s.find("o", None, None), s.index("w", 2**70 - 2**70))
print(s.find("o", 2**80), s.find("o", -2**80))
