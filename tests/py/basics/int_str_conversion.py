for v in (0, 7, -7, 10 ** 10, -(10 ** 25), 2 ** 64 - 1):
    s = str(v)
    print(s, len(s), int(s) == v, repr(v) == s)
print(str(True), str(0), "%d" % True)
print(int("  -0012 "), int("+0"), int("٣") if False else int("3"))
print(int("0" * 50 + "1"))
