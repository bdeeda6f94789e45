class P:
    def __init__(self, v):
        self.v = v
a, b = P(1), P(1)
print(a == b, a != b, a == a, a in [b], a in [a], [a].index(a))
class Q(P):
    def __eq__(self, o):
        return isinstance(o, P) and self.v == o.v
    def __hash__(self):
        return hash(self.v)
x, y = Q(1), Q(1)
print(x == y, x != y, x == a, a == x, x in [P(1)], len({x, y}))
