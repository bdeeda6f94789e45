class Rec:
    def __init__(self, i):
        self.i = i
        self.name = "r%d" % i
        self.tags = [i % 3, i % 5]
    def score(self):
        return self.i * 2 + len(self.tags)
recs = [Rec(i) for i in range(20000)]
print(sum(r.score() for r in recs), recs[777].name, max(recs, key=lambda r: r.i).name)
for r in recs:
    r.extra = r.i % 10
print(sum(r.extra for r in recs))
by_tag = {}
for r in recs:
    by_tag.setdefault(r.tags[0], []).append(r.i)
print(sorted((k, len(v)) for k, v in by_tag.items()))
