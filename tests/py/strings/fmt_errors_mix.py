for f, a in [("%c", 0x263a), ("%s", []), ("%s", ()), ("%d%%", 5), ("%s", {}), ("%(a)s %(a)s", {"a": 1}),
             ("no args", ()), ("%s %s", ("a",)), ("x", 5), ("%d", "5"), ("%.2f", "x"), ("%x", 1.5),
             ("%c", "ab"), ("%c", -1), ("%5%|", ()), ("%r", {1: [2]})]:
    try:
        print(repr(f % a))
    except (TypeError, ValueError, OverflowError) as e:
        print(f, type(e).__name__)
class O: pass
for spec in ["", "s", ">5"]:
    try:
        print(repr(format(O(), spec))[:10])
    except TypeError:
        print("TypeError spec", spec)
print("{:>5}".format([1]) if False else "", "{!r:>6}".format([1]), "{!s}".format(O())[:2])
print("{0:{1}}".format(3.14159, ".2f"), "{0:{a}{b}}".format(5, a="0", b="3"))
print("%s" % "%s", "%%s" % (), "{{{0}}}".format("x"), f"{'{'}" + f"{'}'}")
print("a%sb" % "", "%-3d|%3d|" % (-1, -1), "%+.1f%%" % 12.345, "%5.1s|" % "xyz")
print("%(x)d-%(y)s" % {"x": 1.9, "y": None}, "%s" % b"bytes", "%a" % "é" if True else "")
