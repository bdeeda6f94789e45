a = object()
b = object()
print(a == a, a == b, a != b, type(a).__name__, isinstance(a, object))
sentinel = object()
def get(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(get({"a": None}, "a"), get({}, "a"), get({}, "a", 0))
try:
    object().attr = 1
except AttributeError:
    print("AttributeError")
print(str(a) == repr(a), len({a, b, a}))
