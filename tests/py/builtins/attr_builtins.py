class C:
    a = 1
o = C()
print(hasattr(o, "a"), hasattr(o, "b"), getattr(o, "a"), getattr(o, "b", "dflt"))
setattr(o, "b", 2)
print(o.b, getattr(o, "b"))
delattr(o, "b")
print(hasattr(o, "b"))
try:
    getattr(o, "b")
except AttributeError:
    print("AttributeError")
print(getattr("abc", "upper")(), getattr([], "append") is not None, hasattr(1, "real"))
print(getattr(o, "a", None), getattr(C, "a"))
try:
    setattr(1, "x", 2)
except AttributeError:
    print("AttributeError on int")
try:
    getattr(o, 5)
except TypeError:
    print("TypeError non-str name")
