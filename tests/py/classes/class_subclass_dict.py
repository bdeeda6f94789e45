class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory
    def __getitem__(self, key):
        if key not in self:
            self[key] = self.factory()
        return super().__getitem__(key)
d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, len(d), isinstance(d, dict))
class AttrDict(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)
a = AttrDict(x=1, y=2)
print(a.x, a["y"], sorted(a.keys()))
try:
    a.z
except AttributeError:
    print("AttributeError")
class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)
u = Upper()
u["key"] = 1
print(u, "KEY" in u)
