d = {"a": 1}
for k in ("b", 1, (1, 2), None):
    try:
        d[k]
    except KeyError as e:
        print("KeyError", repr(e.args[0]))
try:
    {}.pop("x")
except KeyError as e:
    print("pop", e.args)
try:
    set().remove(3)
except KeyError as e:
    print("set remove", e.args)
try:
    d["missing"]
except LookupError:
    print("LookupError catches KeyError")
print(str(KeyError("k")), str(KeyError(5)))
