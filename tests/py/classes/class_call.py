class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest, **kw):
        return self.n + x + sum(rest) + sum(kw.values())
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(0, k=10), callable(add5), callable(Adder))
print(list(map(add5, [1, 2])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self):
        self.calls += 1
        return self.calls
c = Counter()
c(); c()
print(c(), c.calls)
try:
    object()()
except TypeError:
    print("TypeError not callable")
