# str.split / rsplit: separators, maxsplit, whitespace rules
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["a b c", "  a  b  c  ", "", "   ", "a\tb\nc\x0bd\x0ce\rf", "one", "a\u3000b\u2003c", "x\x1cy\x1fz"]:
    print(repr(s), s.split(), s.rsplit())
    for n in (-1, 0, 1, 2, 5):
        print(" ", n, s.split(None, n), s.rsplit(None, n), s.split(maxsplit=n), s.rsplit(maxsplit=n))

for s in ["a,b,,c", ",a,", "", ",", "a,b,c,d", "abcabcab"]:
    for sep in [",", "ab", "bc", ",,"]:
        for n in (-1, 0, 1, 2):
            print(repr(s), repr(sep), n, s.split(sep, n), s.rsplit(sep, n))
print("a b".split(sep=None))
print("a--b--c".split(sep="--", maxsplit=1))
print("a--b--c".rsplit("--", maxsplit=1))
print("héllo wörld ünï".split(), "héllo wörld".split("ö"))
show(lambda: "a".split(""))
show(lambda: "a".rsplit(""))
show(lambda: "a".split(1))
show(lambda: "a b".split(None, "x"))
