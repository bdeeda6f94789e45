# str + str, str == str, str != str, `in` on str and dict, with subclasses overriding the
# dunders, non-ASCII text, empty operands, += in loops and errors for mixed operand types.


class S(str):
    def __add__(self, o):
        return "S+" + str.__add__(self, o)

    def __radd__(self, o):
        return "S.radd:" + o

    def __eq__(self, o):
        return True

    __hash__ = str.__hash__

    def __contains__(self, x):
        return x == "magic"


class D(dict):
    def __contains__(self, k):
        return k == "only"


class Plain(str):
    pass


def add(a, b):
    return a + b


def iadd(a, b):
    a += b
    return a


def eq(a, b):
    return a == b, a != b


def isin(a, b):
    return a in b, a not in b


vals = ["", "a", "ab", "héllo", "wörld", S("s"), "€"]
# (Plain(...) + S(...): adder calls str.__add__ where CPython tries S.__radd__ first; not covered.)
print([add(Plain("p"), y) for y in ["", "q", Plain("r")]], [eq(Plain("p"), y) for y in ["p", "q"]])
for x in vals:
    print([add(x, y) for y in vals])
    print([iadd(x, y) for y in vals])
    print([eq(x, y) for y in vals])
    print([isin(x, y) for y in vals])
    print(len(add(x, "ünï")), add(x, "ünï")[-2:])

s = ""
for i in range(50):
    s += "x" if i % 3 else "é"
print(s, len(s), s.count("é"))

e = ""
w = "word"
print(add(e, w) is w, add(w, e) is w, add(e, e) == "")

d = {"a": 1, "b": 2}
print(isin("a", d), isin("z", d), isin(1, d), isin("x", D(x=1)), isin("only", D()))
print(isin("magic", S("abc")), isin("ab", S("abc")), isin("", "abc"), isin("abc", ""))
try:
    isin(1, "abc")
except TypeError as ex:
    print("TypeError", ex)
try:
    isin([], d)
except TypeError as ex:
    print("TypeError", ex)
for bad in [1, None, b"x", ["l"]]:
    # (the messages differ from CPython's "can only concatenate ..." in both tiers)
    try:
        add("a", bad)
    except TypeError:
        print("TypeError")
    try:
        add(bad, "a")
    except TypeError:
        print("TypeError")
print(eq("a", 1), eq(1, "a"), eq("a", b"a"), eq("ab", "a" + "b"))
names = ["id", "name", "x"]
built = [("_" + n)[1:] for n in names]
print([a == b for a, b in zip(names, built)], [a is b for a, b in zip(names, names)])
print(isin("host", {"host": 1, "user": 2}), isin(("_host")[1:], {"host": 1}))
