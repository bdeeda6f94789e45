class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), isinstance(s, list), type(s).__name__, s + [4])
print(s.pop(), s, sorted(Stack([3, 1, 2])))
class Sorted(list):
    def append(self, x):
        super().append(x)
        self.sort()
so = Sorted()
for v in (5, 1, 3):
    so.append(v)
print(so, so[0], so[-1], so[1:])
class Tracking(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.note = "tracked"
t = Tracking("abc")
print(t, t.note, list(t) == ["a", "b", "c"])
