class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k.lower() == o.k.lower()
    def __hash__(self):
        return hash(self.k.lower())
d = {Key("Abc"): 1}
print(d[Key("ABC")], Key("aBc") in d, Key("x") in d)
s = {Key("a"), Key("A"), Key("b")}
print(len(s))
class EqNoHash:
    def __eq__(self, o):
        return True
try:
    hash(EqNoHash())
except TypeError:
    print("TypeError unhashable")
class Default:
    pass
x = Default()
print(hash(x) == hash(x), {x: 1}[x])
