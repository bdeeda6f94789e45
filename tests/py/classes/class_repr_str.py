class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both-str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<1>"
class StrOnly:
    def __str__(self):
        return "str-only"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b, str(b), repr(b), [b], (b,), {"k": b})
print(r, str(r), repr(r), [r])
print(s, str(s))
print("%s %r" % (b, b), "{} {!r}".format(b, b), f"{b} {b!r}")
print(repr(s).startswith("<") and "object at" in repr(s))
class Rec:
    def __init__(self, name, kids=()):
        self.name = name
        self.kids = list(kids)
    def __repr__(self):
        return "Rec(%r, %r)" % (self.name, self.kids)
print(Rec("root", [Rec("a"), Rec("b", [Rec("c")])]))
