class Default(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __missing__(self, key):
        v = self.factory()
        self[key] = v
        return v

g = Default(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g[word[0]].append(word)
print(sorted(g.items()), len(g))
print("z" in g, g.get("z"), len(g))
g["z"]
print("z" in g, g["z"])

class NoMissing(dict):
    pass
n = NoMissing(a=1)
try:
    n["b"]
except KeyError as e:
    print(type(e).__name__, e)

class Raising(dict):
    def __missing__(self, key):
        raise KeyError("custom " + str(key))
try:
    Raising()["q"]
except KeyError as e:
    print(type(e).__name__, e)

class Upper(dict):
    def __getitem__(self, k):
        return super().__getitem__("K" + k)
    def __setitem__(self, k, v):
        super().__setitem__("K" + k, v)
u = Upper()
u["a"] = 1
print(u["a"], dict(u), list(u.keys()))
print(isinstance(u, dict), type(u).__name__, u == {"Ka": 1})
