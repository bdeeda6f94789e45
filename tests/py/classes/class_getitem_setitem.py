class Grid:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.cells = {}
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("out of grid")
        return self.cells.get(pos, ".")
    def __setitem__(self, pos, v):
        self.cells[pos] = v
    def __delitem__(self, pos):
        del self.cells[pos]
g = Grid(3, 2)
g[0, 0] = "#"
g[2, 1] = "@"
for y in range(2):
    print("".join(g[x, y] for x in range(3)))
del g[0, 0]
print(g[0, 0])
try:
    g[5, 5]
except IndexError as e:
    print("IndexError", e)
try:
    del g[1, 1]
except KeyError:
    print("KeyError")
class Seq:
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        return ("index", i)
s = Seq()
print(s[3], s[-1], s[1:5], s[::2], s[:])
