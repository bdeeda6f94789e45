d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), d["a"], "a" in d, 1 in d, "z" not in d)
d["a"] = 10
print(d)
del d["b"]
print(d)
try:
    d["missing"]
except KeyError as e:
    print("KeyError", e.args)
try:
    del d["missing"]
except KeyError:
    print("KeyError del")
print({}, dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, z=0))
print(dict(zip("abc", range(3))))
e = {1: "one", 1.0: "float one", True: "true"}
print(e, len(e))
try:
    {[1]: 2}
except TypeError:
    print("TypeError unhashable")
print(repr({"q": "it's"}), str({1: None}))
print({"é": "日本", "😀": [1]})
