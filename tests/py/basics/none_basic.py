x = None
print(x, repr(x), str(x), type(x).__name__)
print(x is None, x is not None, x == None, x != None)
print(bool(None), not None)
def f():
    pass
print(f() is None, f())
def g():
    return
print(g())
print([None] * 3, (None,), {None: 1}[None])
print(None in [1, None], None in [1, 2])
try:
    None + 1
except TypeError:
    print("TypeError")
try:
    None.foo
except AttributeError:
    print("AttributeError")
print(None or "default", None and "x")
d = {}
print(d.get("missing"), d.get("missing") is None)
