class Tree:
    def __init__(self, v, *kids):
        self.v = v
        self.kids = list(kids)
    def size(self):
        return 1 + sum(k.size() for k in self.kids)
    def height(self):
        return 1 + max([k.height() for k in self.kids], default=0)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()
    def __repr__(self):
        if not self.kids:
            return repr(self.v)
        return "%r%r" % (self.v, self.kids)
t = Tree(1, Tree(2, Tree(4)), Tree(3, Tree(5, Tree(6)), Tree(7)))
print(t.size(), t.height(), list(t.walk()), t)
class BST:
    def __init__(self):
        self.root = None
    def insert(self, v):
        node = [v, None, None]
        if self.root is None:
            self.root = node
            return
        cur = self.root
        while True:
            i = 1 if v < cur[0] else 2
            if cur[i] is None:
                cur[i] = node
                return
            cur = cur[i]
    def inorder(self, n="start"):
        if n == "start":
            n = self.root
        if n is None:
            return []
        return self.inorder(n[1]) + [n[0]] + self.inorder(n[2])
b = BST()
for v in [5, 2, 8, 1, 9, 3, 7]:
    b.insert(v)
print(b.inorder())
