class Money:
    def __init__(self, c):
        self.c = c
    def __repr__(self):
        return "Money(%d)" % self.c
    def __add__(self, o):
        if isinstance(o, Money):
            return Money(self.c + o.c)
        if isinstance(o, int):
            return Money(self.c + o)
        return NotImplemented
    def __radd__(self, o):
        print("radd with", o)
        return self.__add__(o)
print(Money(5) + Money(7), Money(5) + 3, 3 + Money(5))
print(sum([Money(1), Money(2), Money(3)]))
try:
    Money(1) + "x"
except TypeError:
    print("TypeError")
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
a = Acc()
orig = a
a += 1
a += 2
print(a.items, a is orig)
class NoIadd:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return NoIadd(self.v + o)
n = NoIadd(1)
m = n
n += 5
print(n.v, m.v, n is m)
