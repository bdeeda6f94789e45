# __format__ methods of built-in types, super().__format__, str()/bytes() with encodings
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

print(int.__format__(255, "x"), (255).__format__("#b"), float.__format__(2.5, ".3f"), (1.5).__format__(""), True.__format__(""), True.__format__("d"))
print("ab".__format__(">4"), complex.__format__(1j, ""), object.__format__(None, ""))
show(lambda: object().__format__("x"))
show(lambda: (1).__format__(5))

class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return super().__format__(spec)
    def __str__(self):
        return "%g°C" % self.c

t = Temp(21.5)
print(format(t, ".1F"), "{:.0F}".format(t), f"{t}", "{}".format(t))
show(lambda: format(t, "10"))

class Amount(float):
    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"
print(format(Amount(2.5), ".2f"), "{:>8.1f}".format(Amount(3.25)), f"{Amount(1)}")

class Code(int):
    def __format__(self, spec):
        return "0x" + super().__format__(spec or "04x")
print(format(Code(255)), "{:08b}".format(Code(5)))

print(str(b"caf\xc3\xa9", "utf-8"), str(b"caf\xe9", "latin-1"), str(b"a\xffb", "utf-8", "replace"), str(b"x", encoding="ascii"))
print(str(b"a\xffb", errors="ignore"), bytes("é", "utf-8"), bytes("é", "latin-1"), bytearray("日", "utf-8"), bytes("é", encoding="ascii", errors="replace"))
show(lambda: str(b"\xff", "utf-8"))
show(lambda: str("x", "utf-8"))
show(lambda: bytes("é", "ascii"))
show(lambda: bytes("x"))
show(lambda: bytes("x", "nope"))
