class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
pts = [P(i, -i) for i in range(50000)]
print(len(pts), sum(p.x for p in pts), sum(p.y for p in pts))
tuples = [(i, str(i)) for i in range(50000)]
print(tuples[12345], len(tuples))
nested = [[i] for i in range(50000)]
print(sum(l[0] for l in nested))
dicts = [{"i": i} for i in range(30000)]
print(dicts[-1], sum(d["i"] for d in dicts))
