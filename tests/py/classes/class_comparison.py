class Ver:
    def __init__(self, *parts):
        self.p = parts
    def __eq__(self, o):
        return self.p == o.p
    def __lt__(self, o):
        return self.p < o.p
    def __le__(self, o):
        return self.p <= o.p
    def __gt__(self, o):
        return self.p > o.p
    def __ge__(self, o):
        return self.p >= o.p
    def __repr__(self):
        return ".".join(map(str, self.p))
    __hash__ = None
a, b = Ver(1, 2), Ver(1, 10)
print(a < b, a > b, a <= a, a >= b, a == Ver(1, 2), a != b)
print(sorted([Ver(2), Ver(1, 5), Ver(1, 0, 1), Ver(0, 9)]))
print(max(a, b), min([b, a]))
class NoEq:
    pass
x = NoEq()
print(x == x, x == NoEq(), x != NoEq())
try:
    NoEq() < NoEq()
except TypeError:
    print("TypeError")
