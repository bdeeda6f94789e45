class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec.endswith("F"):
            return format(self.c * 9 / 5 + 32, spec[:-1] + "f") + "F"
        return format(self.c, spec) + "C"
    def __str__(self):
        return "%gC" % self.c
t = Temp(21.5)
print(f"{t}", f"{t:.1F}", f"{t:.3}", "{:>8.0F}".format(t), format(t, ""), str(t))
class Plain:
    def __str__(self):
        return "plain"
print(f"{Plain()}", "{}".format(Plain()), format(Plain()))
try:
    format(Plain(), "x")
except TypeError:
    print("TypeError")
