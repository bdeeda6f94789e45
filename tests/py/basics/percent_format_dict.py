d = {"name": "Ann", "age": 30, "score": 91.5}
print("%(name)s is %(age)d, score %(score).1f" % d)
print("%(name)r %(name)s %(age)05d" % d)
try:
    "%(missing)s" % d
except KeyError:
    print("KeyError")
print("%(a)s%(a)s" % {"a": "x"})
