class Tree:
    def __init__(self, v, left=None, right=None):
        self.v, self.left, self.right = v, left, right
    def __iter__(self):
        if self.left:
            yield from self.left
        yield self.v
        if self.right:
            yield from self.right
    def preorder(self):
        yield self.v
        for c in (self.left, self.right):
            if c:
                yield from c.preorder()
t = Tree(4, Tree(2, Tree(1), Tree(3)), Tree(6, Tree(5), Tree(7)))
print(list(t), list(t.preorder()), sum(t), 5 in t, max(t))
class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        a, b = 0, 1
        while a < self.limit:
            yield a
            a, b = b, a + b
f = Fib(100)
print(list(f), list(f), len(list(f)))
class Counter:
    def __init__(self):
        self.count = 0
    def ticks(self, n):
        for _ in range(n):
            self.count += 1
            yield self.count
c = Counter()
print(list(c.ticks(3)), list(c.ticks(2)), c.count)
