class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if i < 0:
            i += self.n
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i
s = Squares(5)
print(list(s), s[2], s[-1], len(s), 16 in s, list(reversed(s)))
for v in s:
    print(v, end=",")
print()
try:
    s[5]
except IndexError:
    print("IndexError")
print(sorted(s, reverse=True), sum(s), max(s), tuple(s))
