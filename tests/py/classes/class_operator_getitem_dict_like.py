class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.d = {}
    def __getitem__(self, k):
        v = self.d.pop(k)
        self.d[k] = v
        return v
    def __setitem__(self, k, v):
        if k in self.d:
            self.d.pop(k)
        elif len(self.d) >= self.cap:
            oldest = next(iter(self.d))
            print("evict", oldest)
            del self.d[oldest]
        self.d[k] = v
    def __contains__(self, k):
        return k in self.d
    def __len__(self):
        return len(self.d)
    def keys(self):
        return list(self.d)
c = LRU(2)
c["a"] = 1
c["b"] = 2
c["a"]
c["c"] = 3
print(c.keys(), "b" in c, len(c))
try:
    c["b"]
except KeyError:
    print("KeyError")
