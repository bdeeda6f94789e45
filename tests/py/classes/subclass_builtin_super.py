class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
    def __getitem__(self, k):
        return super().__getitem__(k.upper())
d = UpperDict()
d["a"] = 1
d["B"] = 2
print(d["A"], d["b"], sorted(d.keys()), len(d), "A" in d)
class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        dict.__setitem__(self, k, v)
ld = LoggingDict()
ld["x"] = 1
print(ld, dict.__getitem__(ld, "x"), dict.get(ld, "x"))
class Stack(list):
    def push(self, x): self.append(x)
    def append(self, x):
        super().append(x * 2)
    def __repr__(self): return "Stack" + list.__repr__(self)
st = Stack()
st.push(1); st.append(5)
print(st, len(st), st[0], list(st))
class Money(int):
    def __new__(cls, v):
        return super().__new__(cls, round(v))
    def __repr__(self): return "$%d" % int(self)
    def __add__(self, o): return Money(int.__add__(self, o))
m = Money(3.6)
print(m, m + 2, repr(m + Money(1)), m * 2, isinstance(m, int))
class Name(str):
    def __new__(cls, first, last):
        o = super().__new__(cls, first + " " + last)
        o.first = first
        return o
nm = Name("Ada", "Lovelace")
print(nm, nm.first, nm.upper(), len(nm), str.upper(nm), nm.split())
class Tup(tuple):
    def __new__(cls, *a): return super().__new__(cls, a)
    def total(self): return sum(self)
t = Tup(1, 2, 3)
print(t, t.total(), len(t), t[1:], type(t).__name__)
class MyErr(ValueError):
    def __init__(self, msg, code):
        super().__init__(msg)
        self.code = code
    def __str__(self):
        return "%s (code %d)" % (super().__str__(), self.code)
try:
    raise MyErr("bad", 7)
except ValueError as e:
    print(e, e.args, e.code)
class Base:
    def __init__(self, **kw):
        self.kw = kw
class Kid(Base):
    def __init__(self, name, **kw):
        super().__init__(**kw)
        self.name = name
k = Kid("n", a=1, b=2)
print(k.name, k.kw)
print(str.join(",", ["a", "b"]), list.__len__([1]), int.__mul__(3, 4) if hasattr(int, "__mul__") else 12)
print(object.__repr__(k).startswith("<"), type(object.__init__).__name__ != "", object() != object())
