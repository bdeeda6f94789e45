print(format(42), format(42, "5"), format(42, "<5") + "|", format(255, "x"), format(3.14159, ".3f"))
print(format("abc", ">6"), format(True), format(None), format(1e20), format(0.1, ".20f"))
print(format(-12, "+05d"), format(1234567, ","), format(2.5, "e"), format(7, "b"))
print(format([1, 2]), format(1.0, ""), format(10 ** 25, "_"))
try:
    format("s", "d")
except ValueError:
    print("ValueError")
try:
    format(1, "s")
except ValueError:
    print("ValueError int s")
class F:
    def __format__(self, spec):
        return "F(" + spec + ")"
print(format(F(), "abc"), "{:xyz}".format(F()), f"{F():q}")
