# format specs for str, complex, None, objects, and __format__ of Python classes
def F(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "abc", "héllo", "😀x"]:
    print([format(s, spec) for spec in ["", "s", "5", "<5", ">5", "^6", "*^7", ".2", "8.3", "05", "<05", ".0", "é>4"]])
for spec in ["+", "=5", "#", ",", "d", "x"]:
    show(lambda: format("ab", spec))
for c in [1 + 2j, -1.5 - 0.5j, 2j, -2j, 0j, complex(1, 0), complex(-0.0, 1)]:
    print(repr(c), "|".join([F(c, spec) for spec in ["", ".2f", "10", ">12", "^14.1f", "+", "e", ".3g", "g", ".3", "<10"]]))
for spec in ["010", "=10", "%", "d"]:
    show(lambda: format(1 + 1j, spec))
print(format(None), format(None, ""), "{}".format(None))
show(lambda: format(None, ">5"))
show(lambda: format([1, 2], "5"))
print(format([1, 2]), format((1,)), format({"a": 1}, ""), "{:}".format([3]))

class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == "":
            return "$" + str(self.v)
        return "$" + format(self.v, spec)
    def __str__(self):
        return "Money"

m = Money(12.5)
print(format(m), format(m, ".2f"), "{}|{:>8.1f}|{!s}|{!r:.3}".format(m, m, m, 1234))
print(f"{m}", f"{m:08.3f}", str(m))

class Plain:
    def __str__(self):
        return "plain!"
print(format(Plain()), "{}".format(Plain()), "{:}".format(Plain()))
show(lambda: format(Plain(), "10"))

class Bad:
    def __format__(self, spec):
        return 42
show(lambda: format(Bad()))

class MyInt(int):
    pass
class MyStr(str):
    pass
print(format(MyInt(42), "05"), format(MyStr("ab"), ">4"), "{:x}".format(MyInt(255)))

class Sub(int):
    def __format__(self, spec):
        return "sub:" + spec
print("{:abc}".format(Sub(1)), format(Sub(2), "x"))
print(format(b"ab"), "{}".format(b"x"))
show(lambda: format(b"ab", "5"))
show(lambda: format(1, 5))
