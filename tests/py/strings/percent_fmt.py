# printf-style % formatting for str
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print("%s %s %s" % ("a", 1, None))
print("%5.2f|%-10s|%+d|%x|%X|%o|%c|%r|%%" % (3.14159, "left", 5, 255, 255, 8, 65, "q"))
print("%d %i %u" % (3.9, -2.5, True))
print("%x %X %o %#x %#X %#o" % (-255, -255, -8, -255, 255, 8))
print("%05d|%-5d|%+05d|% d|% 5d|%-+6d|%.3d|%5.3d|%-8.3d|%08.3d" % (42, 42, 42, 42, 42, 42, 7, 7, 7, 7))
print("%e|%E|%.2e|%g|%G|%.3g|%#g|%10.4f|%-10.2f|%010.3f|%+.1f" % (12345.678, 0.000123, 1.5, 1e-5, 1e20, 3.14159, 2.0, 3.14159, 2.5, -3.14159, 2.25))
print("%f %f %f %F" % (float("inf"), float("-inf"), float("nan"), float("inf")))
print("%s|%10s|%-10s|%.2s|%10.3s" % ("hello", "hi", "hi", "hello", "hello"))
print("%r %a %s" % ("é", "é", "é"))
print("%c%c%c" % ("x", 0x263A, 97))
print("%(name)s is %(age)d years; %(name)r" % {"name": "Ann", "age": 7})
print("%(a)s %%" % {"a": 1}, "%s" % {"k": 1}, "%s" % [1, 2], "%s" % ((1, 2),))
print("%*d|%-*d|%.*f|%*.*f" % (5, 1, 5, 2, 2, 3.14159, 8, 3, 2.71828))
print("%*d" % (-6, 3))
print("%s" % "single", "%d%%" % 50, "%%s" % (), "no format" % ())
print("%10r|%-6a|" % ("x", "é"))
print("%.0f %.0f %.0f %.0f" % (0.5, 1.5, 2.5, -0.5))
print("%d" % 10**25, "%x" % 2**70, "%o" % -2**65, "%.30f" % 0.1)
print("%s %s" % (True, 3.0), "%d" % True, "%.2f" % 2)
print("%i|%5s|%-5s|" % (0, "é", "ü"))
show(lambda: "%d" % "x")
show(lambda: "%x" % 3.5)
show(lambda: "%f" % "x")
show(lambda: "%s %s" % (1,))
show(lambda: "%s" % (1, 2))
show(lambda: "%" % ())
show(lambda: "%y" % 1)
show(lambda: "%c" % "ab")
show(lambda: "%c" % 0x110000)
show(lambda: "%c" % -1)
show(lambda: "%(a)s" % {})
show(lambda: "%(a)s" % (1,))
show(lambda: "%*d" % ("x", 1))
show(lambda: "%d" % float("inf"))
show(lambda: "%d" % float("nan"))
show(lambda: "abc" % 5)
show(lambda: "%(a" % {"a": 1})
show(lambda: "%d" % None)
show(lambda: "%s %s" % [1, 2])
class Idx:
    def __index__(self):
        return 11
    def __float__(self):
        return 1.25
print("%x %d %f" % (Idx(), Idx(), Idx()))
class S:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R!"
print("%s %r %5s %-4r|" % (S(), S(), S(), S()))
