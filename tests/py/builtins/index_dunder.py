class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v
l = [10, 20, 30, 40]
print(l[Idx(3)], l[Idx(-1)], "abcd"[Idx(1)], bin(Idx(5)), hex(Idx(255)), l[Idx(1):Idx(3)])
print(range(10)[Idx(2)], (1, 2, 3)[Idx(0)])
