# partition / rpartition / splitlines
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["key=value", "a=b=c", "novalue", "=", "", "é=ü=ö"]:
    print(s.partition("="), s.rpartition("="), s.partition("=="), s.rpartition("b=c"))
show(lambda: "a".partition(""))
show(lambda: "a".rpartition(1))
for s in ["a\nb\nc", "a\r\nb\rc\n", "\n\n", "", "x", "a\x0bb\x0cc\x1cd\x1de\x1ef\x85g\u2028h\u2029i", "trail\n", "\r\n\r"]:
    print(repr(s), s.splitlines(), s.splitlines(True), s.splitlines(keepends=True))
