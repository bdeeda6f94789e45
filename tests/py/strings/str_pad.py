# center/ljust/rjust/zfill with fill chars, odd/even margins, unicode; expandtabs
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "a", "ab", "abc", "héllo", "😀"]:
    for w in [-1, 0, 1, 2, 3, 4, 5, 6, 7, 10]:
        print(repr(s), w, repr(s.center(w)), repr(s.ljust(w, "*")), repr(s.rjust(w, "é")), repr(s.center(w, "-")))
for s in ["42", "-42", "+42", "", "-", "abc", "0", "--1", "é"]:
    print(repr(s), [s.zfill(w) for w in (0, 1, 3, 5)])
show(lambda: "a".center(5, "ab"))
show(lambda: "a".center(5, ""))
show(lambda: "a".ljust(5, 1))
show(lambda: "a".rjust("5"))
print(repr("a\tbc\tdef\tg".expandtabs()), repr("a\tb".expandtabs(4)), repr("a\tb".expandtabs(0)), repr("a\tb".expandtabs(-1)))
print(repr("ab\n\tc\r\td".expandtabs(3)), repr("\t".expandtabs(tabsize=2)), repr("é\tx".expandtabs(4)))
