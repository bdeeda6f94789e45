class Temp:
    unit = "C"
    count = 0
    def __init__(self, deg):
        self.deg = deg
        Temp.count += 1
    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)
    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32
    @classmethod
    def describe(cls):
        return "%s in %s" % (cls.__name__, cls.unit)
class Kelvin(Temp):
    unit = "K"
t = Temp.from_f(212)
print(t.deg, Temp.c_to_f(100), t.c_to_f(0), Temp.describe(), t.describe())
k = Kelvin.from_f(32)
print(type(k).__name__, k.deg, Kelvin.describe(), Temp.count)
