# operator dunders of built-in types, called directly or through super()
print(int.__add__(1, 2), (5).__mul__(3), (5).__rsub__(1), int.__add__(1, "x"), float.__truediv__(1.0, 4))
print("a".__lt__("b"), str.__add__("x", "y"), [1].__eq__([1]), (1, 2).__add__((3,)), "ab".__mul__(2))
print((7).__floordiv__(2), (7).__mod__(-2), (2).__pow__(10), (6).__and__(3), (6).__or__(1), (6).__xor__(2))
print((1).__lshift__(4), (256).__rshift__(4), (3).__radd__(4), (2).__rpow__(3), 1.5.__rmul__(2) if True else 3.0)
print({1, 2}.__or__({3}) == {1, 2, 3}, {1, 2}.__and__({2}), (5).__eq__(5.0), (5).__ne__(5), (5).__lt__("x"))
print(int.__lt__(3, 4), int.__ge__(3, 4), str.__eq__("a", 1), list.__add__([1], [2]), tuple.__mul__((0,), 3))
print(list.__repr__([1, "a"]), dict.__repr__({"k": 1}), int.__repr__(5), str.__repr__("q"))
class Meters(float):
    def __add__(self, o):
        return Meters(float.__add__(self, o))
    def __repr__(self):
        return "%sm" % float.__repr__(self)
    def __lt__(self, o):
        return float.__lt__(self, o)
m = Meters(1.5) + 2
print(m, repr(m), type(m).__name__, sorted([Meters(3), Meters(1)]), Meters(1) < 2)
class Vec(tuple):
    def __add__(self, o):
        return Vec(a + b for a, b in zip(self, o))
    def __eq__(self, o):
        return tuple.__eq__(self, o)
    def __hash__(self):
        return tuple.__hash__(self) if hasattr(tuple, "__hash__") else hash(tuple(self))
    def __repr__(self):
        return "Vec" + tuple.__repr__(self)
v = Vec((1, 2)) + Vec((10, 20))
print(v, v == (11, 22), v == Vec((0, 0)), len({v, Vec((11, 22))}))
class Word(str):
    def __lt__(self, o):
        return str.__lt__(self.lower(), o.lower())
print(sorted([Word("b"), Word("A"), Word("c")]))
class Counter(dict):
    def __missing__(self, k):
        return 0
    def __add__(self, o):
        r = Counter(self)
        for k, v in o.items():
            r[k] = r[k] + v
        return r
    def __repr__(self):
        return "Counter(" + dict.__repr__(self) + ")"
c = Counter(a=1) + Counter(a=2, b=5)
print(c, c["zz"])
try:
    class P: pass
    int.__add__(P(), 1)
except TypeError:
    print("TypeError descriptor")
