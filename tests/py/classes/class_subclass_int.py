class Meters(int):
    def __repr__(self):
        return "%dm" % int(self)
    def __add__(self, o):
        return Meters(int(self) + int(o))
m = Meters(5)
print(m, repr(m), m + 3, type(m + 3).__name__, m * 2, type(m * 2).__name__)
print(m == 5, m > 4, isinstance(m, int), int(m), str(int(m)))
class Flag(int):
    pass
f = Flag(1)
print(f + 1, f | 2, bool(Flag(0)), [10, 20][f])
class MyStr(str):
    def shout(self):
        return self.upper() + "!"
s = MyStr("hi")
print(s.shout(), s + " there", len(s), isinstance(s, str), s == "hi")
class MyTuple(tuple):
    def first(self):
        return self[0]
t = MyTuple((9, 8))
print(t, t.first(), len(t), t + (7,))
