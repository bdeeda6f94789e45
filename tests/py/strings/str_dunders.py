# explicit dunder calls on str/bytes/bytearray and str subclasses overriding operators
print("abc".__len__(), str.__len__("héllo"), "abc".__contains__("b"), "abc".__getitem__(1), "abc".__getitem__(slice(0, 2)))
print("ab".__add__("cd"), "ab".__mul__(3), "ab".__rmul__(2), "%s-%d".__mod__(("x", 5)))
class R:
    def __rmul__(self, k):
        return "rmul:" + k
    def __radd__(self, k):
        return "radd:" + k
    def __gt__(self, k):
        return "gt"
print("s" * R(), "s" + R(), "s" < R(), b"x" * R() if False else "")
for f in (lambda: "ab" + 1, lambda: 1 + "ab", lambda: "ab" * "x", lambda: b"a" + "b", lambda: "a" < 1):
    try:
        f()
    except TypeError:
        print("TypeError")
print("a".__eq__("a"), "a".__ne__("b"), "a".__lt__("b"), "b".__le__("a"), "b".__gt__("a"), "a".__ge__("a"), "a".__eq__(1))
print(list("abc".__iter__()), "x".__hash__() == hash("x"), b"x".__hash__() == hash(b"x"))
print(b"abc".__len__(), b"abc".__getitem__(0), b"ab".__add__(b"c"), b"ab".__mul__(2), b"%d".__mod__(5), b"a".__lt__(b"b"))
print(bytearray(b"ab").__len__(), bytearray(b"ab").__getitem__(1), bytearray(b"ab").__add__(b"c"), bytearray(b"x").__contains__(120))

class Upper(str):
    def __getitem__(self, i):
        return super().__getitem__(i).upper()
    def __add__(self, other):
        return Upper(super().__add__(other))
    def __len__(self):
        return super().__len__() * 10
    def __contains__(self, x):
        return super().__contains__(x.lower())

u = Upper("hello")
print(u[0], u[1:3], len(u), "L" in u, type(u + "!").__name__, u + "!", (u + "x")[5])
d = {Upper("k"): 1}
print(d["k"], "k" in d, Upper("k") == "k", hash(Upper("k")) == hash("k"), sorted([Upper("b"), "a", Upper("c")]))
