class MyList(list):
    def append(self, x):
        super().append(x * 2)
    def __getitem__(self, i):
        return super().__getitem__(i) + 1000
    def __setitem__(self, i, v):
        super().__setitem__(i, v + 1)
    def __len__(self):
        return super().__len__() + 100
    def __contains__(self, x):
        return super().__contains__(x // 2)
    def __iter__(self):
        return iter([x for x in super().__iter__()])
    def extend(self, it):
        super().extend(it)
        super().extend([0])

m = MyList([1, 2])
m.append(5)
print(m[0], m[2], len(m), 10 in m, 3 in m)
m[0] = 7
print(list.__getitem__(m, 0), m[0])
m.extend([9])
print(list(m), list.__len__(m))
print(m.count(9), m.index(10), sorted(m))
m.sort(reverse=True)
print(list(m))
m.insert(0, -1)
print(m.pop(0), list(m))

class D(dict):
    def __missing__(self, key):
        return "missing:" + str(key)

d = D(a=1)
print(d["a"], d["zz"], d.get("zz"), "zz" in d, len(d))

class Counter(dict):
    def __missing__(self, key):
        self[key] = 0
        return 0

c = Counter()
for ch in "abracadabra":
    c[ch] = c[ch] + 1
print(sorted(c.items()))

class LoggingDict(dict):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        v = super().__getitem__(k)
        print("get", k, v)
        return v
    def __delitem__(self, k):
        print("del", k)
        super().__delitem__(k)
    def __contains__(self, k):
        return super().__contains__(k)
    def __len__(self):
        return super().__len__()

ld = LoggingDict()
ld["x"] = 1
ld["y"] = 2
print(ld["x"], "x" in ld, len(ld), list(ld))
del ld["x"]
print(dict(ld))
try:
    ld["nope"]
except KeyError as e:
    print("KeyError", e)
print(LoggingDict.fromkeys([1, 2], 0))
print(type(LoggingDict.fromkeys([1])).__name__)

class S(set):
    def add(self, x):
        super().add(x + 1)
s = S([1, 2])
s.add(10)
print(sorted(s), len(s), 11 in s, type(s).__name__)
print(sorted(s | {100}), sorted(s.union([0])))

class T(tuple):
    def __getitem__(self, i):
        return super().__getitem__(i) * 10
t = T((1, 2, 3))
print(t[1], len(t), t.count(2), t.index(3))

class DD(dict):
    pass
dd = DD({1: 2})
dd.update({3: 4})
print(dd, dd.copy(), type(dd.copy()).__name__, list(dd.keys()), list(dd.items()))
print(dd.pop(1), dd.setdefault(5, 6), dd)
