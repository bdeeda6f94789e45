# str.format: positional, keyword, auto numbering, attribute/index access, escapes, errors
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class P:
    def __init__(self):
        self.x = 3
        self.y = [10, 20]
        self.name = "pt"

p = P()
d = {"key": "val", 1: "one", "a b": 5}
print("{} {} {}".format(1, "a", None))
print("{0} {1} {0}".format("x", "y"))
print("{name} is {age}".format(name="Bob", age=30))
print("{0.x} {0.y[1]} {0.name}".format(p))
print("{d[key]} {d[1]} {d[a b]}".format(d=d))
print("{0[0]} {0[2]}".format("abc"), "{0[1][0]}".format([[1], [2]]))
print("{{}} {{{0}}} }}{{".format(7))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}|{0!s:<6}|".format("ab"))
print("{:>{w}}|{:<{w}}|".format("r", "l", w=5))
print("{:{fill}^{w}}".format("c", fill="*", w=9))
print("{0:{1}.{2}f}".format(3.14159, 10, 3))
print("{:{}{}}".format(5, ">", 4))
print("".format(), "plain".format(1, 2, k=3))
print("{a}{b}".format_map({"a": 1, "b": 2}))
class Miss:
    def __getitem__(self, k):
        return "<" + k + ">"
print("{a} {zz}".format_map(Miss()))
print("{0}{0}{0}".format("ab"), "{x}{x}".format(x=1))
print("{:}".format(12), "{!r:}".format(12), "{0:}".format("z"))
print("{0.real} {0.imag}".format(3 + 4j))
show(lambda: "{".format())
show(lambda: "}".format())
show(lambda: "{0".format(1))
show(lambda: "{} {0}".format(1))
show(lambda: "{0} {}".format(1))
show(lambda: "{1}".format(1))
show(lambda: "{}{}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: "{!x}".format(1))
show(lambda: "{!rr}".format(1))
show(lambda: "{0.}".format(1))
show(lambda: "{0[}".format(1))
show(lambda: "{0[0]x}".format([1]))
show(lambda: "{0.nope}".format(1))
show(lambda: "{0[5]}".format([1]))
show(lambda: "{0[k]}".format({}))
show(lambda: "{:{:{:}}}".format(1, 2, 3))
show(lambda: "{0:x}".format("s"))
show(lambda: "{a}".format_map({}))
