print("%s" % "str", "%s" % 42, "%s" % None, "%s" % [1, 2], "%r" % "q", "%r" % 1.5)
print("%d" % 42, "%d" % -7, "%d" % 3.99, "%i" % 5, "%d" % (10 ** 20))
print("%x %X %o" % (255, 255, 8), "%#x %#o" % (255, 8))
print("%c%c" % (72, "i"), "%%", "100%%" % ())
print("%s and %s" % ("a", "b"), "%s" % ((1, 2),), "%s" % (1,))
try:
    "%s %s" % ("a",)
except TypeError:
    print("TypeError not enough")
try:
    "%s" % ("a", "b")
except TypeError:
    print("TypeError too many")
try:
    "%d" % "x"
except TypeError:
    print("TypeError %d str")
print("%s" % "日本", "%5s|" % "é", "%-5s|" % "ß")
print(b"%s %d" % (b"bytes", 5) if True else "")
