class Stack(list):
    def push(self, x):
        self.append(x)
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")" if False else "Stack" + str(list(self))

s = Stack()
s.push(1)
s.push(2)
s.extend([3, 4])
print(s, s.peek(), len(s), s.pop(), s)
print(isinstance(s, list), s + [9], type(s + [9]).__name__, s == [1, 2, 3])
s.sort(reverse=True)
print(s, s.index(2), s.count(1), 3 in s, list(reversed(s)))
s[0] = 100
del s[1]
print(s, s[:], type(s[:]).__name__)
class Sorted(list):
    def append(self, x):
        super().append(x)
        super().sort()
z = Sorted()
for v in [5, 1, 3]:
    z.append(v)
print(z, list.__getitem__(z, 0), list.__len__(z), list.__contains__(z, 3))
class Init(list):
    def __init__(self, n):
        super().__init__(range(n))
print(Init(4), len(Init(0)))
