class Tracking(set):
    def __init__(self, items=()):
        super().__init__(items)
        self.log = []
    def add(self, x):
        self.log.append(x)
        super().add(x)
    def discard(self, x):
        self.log.append(-x)
        super().discard(x)

t = Tracking([3, 1])
t.add(2)
t.discard(3)
print(t, t.log, len(t), 2 in t, sorted(t))
print(t | {9}, type(t | {9}).__name__, t == {1, 2}, isinstance(t, set))
t.update([7])
t.remove(7)
print(t, Tracking(), repr(Tracking([5])))
try:
    t.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(set.__len__(t), set.__contains__(t, 1), list(set.__iter__(t)))
