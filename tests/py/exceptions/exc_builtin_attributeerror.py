class C:
    x = 1
for obj, name in ((C(), "y"), (1, "foo"), ("s", "bar"), (None, "baz"), ([], "push"), (C, "z")):
    try:
        getattr(obj, name)
    except AttributeError:
        print(type(obj).__name__, name, "AttributeError")
try:
    (1).real = 5
except AttributeError:
    print("readonly attribute")
try:
    del C().x
except AttributeError:
    print("del class attr via instance")
print(hasattr(C(), "x"), getattr(C(), "y", "dflt"))
