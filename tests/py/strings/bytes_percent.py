# % formatting for bytes and bytearray
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(b"%d %5d %-5d| %x %X %o %05.1f %e" % (1, 2, 3, 255, 255, 8, 2.25, 1e10))
print(b"%s and %b" % (b"bytes", bytearray(b"ba")))
print(b"%c%c" % (65, b"B"), b"%r %a" % (b"x", "\xe9"))
print(b"%(k)s=%(v)d" % {b"k": b"key", b"v": 5})
print(b"\xff%s\x00" % (b"\xfe",), b"100%%" % ())
print(bytearray(b"%d-%d") % (1, 2), type(bytearray(b"%d") % 1).__name__)
show(lambda: b"%s" % "str")
show(lambda: b"%c" % 256)
show(lambda: b"%c" % b"ab")
show(lambda: b"%d" % b"1")
show(lambda: b"%s %s" % (b"a",))
