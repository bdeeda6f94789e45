# Calls of builtin functions and methods and LOAD_METHOD on objects of built-in types, at call
# sites that also see other kinds of callee and receiver: subclasses overriding or inheriting
# the method, instances with a same-named attribute, types (unbound methods), shadowed and
# rebound builtins, wrong argument counts, keywords, exceptions raised inside builtins and
# Python callbacks called from them.


class MyStr(str):
    def upper(self):
        return "my:" + str.upper(self)


class PlainStr(str):
    pass


class MyDict(dict):
    def get(self, k, d=None):
        return ("mydict", k, d)


class PlainDict(dict):
    pass


class MyList(list):
    def append(self, x):
        list.append(self, x)
        list.append(self, x)


class HasGet:
    def __init__(self):
        self.get = lambda k, d=None: ("attr", k, d)


class MethGet:
    def get(self, k, d=None):
        return ("meth", k, d)


def call_upper(o):
    return o.upper()


def call_get(o, k):
    return o.get(k, 0)


def call_append(o, x):
    o.append(x)
    return len(o)


def len_of(o):
    return len(o)


for o in ["abc", MyStr("def"), PlainStr("ghi"), "jkl", b"mno", bytearray(b"pq")]:
    print(call_upper(o))

for o in [{"a": 1}, MyDict(a=1), PlainDict(a=2), HasGet(), MethGet(), {"b": 2}, {}]:
    print(call_get(o, "a"))

for o in [[], MyList(), [1, 2], bytearray(), []]:
    try:
        print(call_append(o, 7), o)
    except TypeError as e:
        print("TypeError", e)

for o in ["", "abc", [1], (1, 2, 3), {1: 2}, {1, 2}, b"xy", range(5), MyStr("zz")]:
    print(len_of(o))

# Unbound methods through the type, and types as receivers.
print(str.upper("x"), str.join(",", ["a", "b"]), dict.get({"k": 3}, "k"))
print(list.__len__([1, 2, 3]), str.__len__("four"))


def site_changes(xs):
    out = []
    for x in xs:
        out.append(x.count("a"))
    return out


print(site_changes(["banana", ["a", "b", "a"], ("a",), "aaa", b"abca".decode()]))

# Wrong argument counts and keywords to builtins and builtin methods.
def errors():
    cases = [
        lambda: len(),
        lambda: len([], []),
        lambda: "abc".upper(1),
        lambda: {}.get(),
        lambda: {}.get(1, 2, 3),
        lambda: [].append(),
        lambda: getattr(1),
        lambda: "a,b".split(",", 1, 2),
        lambda: {}.get("k", default=3),
        lambda: "abc".startswith(),
        lambda: int("x"),
        lambda: {}["missing"],
        lambda: [].pop(),
        lambda: "abc".index("z"),
    ]
    for c in cases:
        try:
            print("ok", c())
        except (TypeError, ValueError, KeyError, IndexError) as e:
            print(type(e).__name__)


errors()

# Keywords to builtins that accept them.
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"], key=str.lower, reverse=True))
print("a b  c".split(maxsplit=1), int("ff", base=16))


# Python callbacks from builtins, raising through the builtin call.
def bad_key(v):
    if v == 2:
        raise ValueError("no twos")
    return v


def sort_it(xs):
    try:
        return sorted(xs, key=bad_key)
    except ValueError as e:
        return "caught " + str(e)


print(sort_it([3, 1]), sort_it([3, 2, 1]), sort_it([5, 4]))


# Shadowed and rebound builtins at the same call site.
def use_len(x):
    return len(x)


print(use_len("abc"))
len = lambda x: 42  # noqa: E731
print(use_len("abc"))
del len
print(use_len("abcd"))


def local_shadow(xs):
    len = max
    return len(xs)


print(local_shadow([4, 9, 2]))

# Bound builtin methods as objects, called later.
s = "Hello"
u = s.upper
d = {"x": 1}
g = d.get
app = [].append
print(u(), g("x"), g("y", 5), app(3))
fs = [s.lower, d.keys, str.title, len, abs, u]
print([f() if f not in (str.title, len, abs) else f("ab cd" if f is str.title else "xyz" if f is len else -3) for f in fs][:3])

# getattr / setattr / hasattr with run-time built names and defaults.
class Rec:
    pass


r = Rec()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(r, ("_" + name)[1:], i)
print(getattr(r, "al" + "pha"), hasattr(r, "bet" + "a"), hasattr(r, "delta"), getattr(r, "delta", -1))
try:
    getattr(r, "delta")
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(r, 5)
except TypeError as e:
    print("TypeError", e)
print(getattr("abc", "upper")(), getattr([], "nope", "default"))

# Built-in types cannot be patched; the cached methods stay right.
try:
    str.upper = lambda self: "patched"
except TypeError:
    print("TypeError patch")
print(call_upper("still"))

# Many arguments and a builtin called with a large argument count.
print(max(1, 5, 3, 9, 2, 8, 7, 6, 4, 0), min(*range(20, 5, -1)), "{}-{}-{}".format(1, 2, 3))
print("%s=%d" % ("k", 3), "x".join(map(str, range(4))), divmod(17, 5), round(2.675, 2))
