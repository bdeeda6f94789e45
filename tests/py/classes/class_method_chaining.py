class Query:
    def __init__(self):
        self.parts = []
    def where(self, cond):
        self.parts.append("WHERE " + cond)
        return self
    def order(self, col, desc=False):
        self.parts.append("ORDER BY " + col + (" DESC" if desc else ""))
        return self
    def limit(self, n):
        self.parts.append("LIMIT %d" % n)
        return self
    def build(self):
        return " ".join(["SELECT *"] + self.parts)
print(Query().where("a > 1").order("b", desc=True).limit(10).build())
print(Query().build())
