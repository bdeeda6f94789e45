class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
    def __contains__(self, x):
        print("contains?", x)
        return x in self.items
b = Bag(1, 2, 3)
print(len(b), bool(b), bool(Bag()), 2 in b, 5 not in b)
class Truth:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v > 0
    def __len__(self):
        return 100
print(bool(Truth(1)), bool(Truth(-1)), len(Truth(0)), "yes" if Truth(3) else "no")
class IterOnly:
    def __iter__(self):
        return iter([1, 2, 3])
print(2 in IterOnly(), 7 in IterOnly())
class GetItemOnly:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * 10
print(30 in GetItemOnly(), 35 in GetItemOnly(), list(GetItemOnly()))
