class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(4)), list(Countdown(0)))
c = Countdown(2)
print(next(c), next(c), next(c, "done"))
for x in Countdown(3):
    print("x", x)
class Range2:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        i = 0
        while i < self.n:
            yield i
            i += 1
r = Range2(3)
print(list(r), list(r), sum(r), sorted(r, reverse=True))
a, b, c = Range2(3)
print(a, b, c, dict(zip(Range2(2), "ab")))
print(max(Range2(5)), 2 in Range2(3), [i * i for i in Range2(4)])
