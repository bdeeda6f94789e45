for w in (0, 3, 5, 8, 11):
    print(repr("abc".center(w)), repr("abc".ljust(w)), repr("abc".rjust(w)))
print("abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6, "0"))
print("ab".center(5, "-"), "ab".center(6, "-"), "abc".center(6, "-"), "abc".center(4, "-"))
print(repr("".center(3)), repr("日本".center(6, "・")), repr("é".rjust(3)))
print("[" + "x".ljust(-1) + "]")
