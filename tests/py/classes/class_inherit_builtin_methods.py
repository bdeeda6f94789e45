class Counter(dict):
    def add(self, k, n=1):
        self[k] = self.get(k, 0) + n
    def most(self):
        return max(self.items(), key=lambda kv: (kv[1], kv[0]))
c = Counter()
for w in "a b a c b a".split():
    c.add(w)
print(c, c.most(), len(c), list(c.keys()), c.get("z", 0))
c.update({"d": 9})
print(c.most(), type(c).__name__, isinstance(c, dict))
class Path(str):
    def parts(self):
        return [p for p in self.split("/") if p]
    def join(self, other):
        return Path(self.rstrip("/") + "/" + other)
p = Path("/usr/local")
print(p.parts(), p.join("bin"), p.join("bin").parts(), p.upper(), type(p.upper()).__name__)
