d = {"a": 1, "b": 2, "c": 3}
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.keys(), d.values(), d.items())
print(d.pop("a"), d.pop("z", "dflt"), d)
try:
    d.pop("z")
except KeyError:
    print("KeyError")
print(d.setdefault("b", 100), d.setdefault("n", []), d)
d["n"].append(1)
print(d)
print(d.popitem(), d)
c = d.copy()
c["new"] = 1
print(d, c)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
d.clear()
print(d, len(d))
try:
    {}.popitem()
except KeyError:
    print("KeyError popitem")
print(dict.fromkeys("ab", 0), dict.fromkeys([]))
