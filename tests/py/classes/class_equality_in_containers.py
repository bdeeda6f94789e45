class P:
    def __init__(self, x):
        self.x = x
    def __eq__(self, o):
        return isinstance(o, P) and o.x == self.x
    def __hash__(self):
        return hash(self.x)
    def __repr__(self):
        return "P%d" % self.x
l = [P(1), P(2), P(3)]
print(P(2) in l, l.index(P(3)), l.count(P(1)))
l.remove(P(2))
print(l)
print({P(1): "a"}[P(1)], len({P(1), P(1), P(2)}), sorted({P(3), P(1)}, key=lambda p: p.x))
print((P(1), P(2)) == (P(1), P(2)), [P(1)] == [P(1)], {"k": P(1)} == {"k": P(1)})
