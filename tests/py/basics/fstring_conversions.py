s = "it's"
print(f"{s}", f"{s!s}", f"{s!r}", f"{'é'!r}")
class P:
    def __str__(self):
        return "str-P"
    def __repr__(self):
        return "repr-P"
p = P()
print(f"{p}", f"{p!s}", f"{p!r}", f"{[p]}")
print(f"{s!r:>10}|", f"{p!r:*<8}")
print("{0!r} {0!s}".format(s))
