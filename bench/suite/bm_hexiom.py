# Hexagonal tile puzzle (Hexiom-like), generated and solved here.
# A hexagonal board of radius R holds numbered tiles; a tile showing v must end
# up with exactly v occupied neighbouring cells.  Puzzles are generated from a
# random (LCG) occupancy pattern, a few tiles are pinned as hints, and a
# backtracking solver with neighbour-count pruning enumerates *all* solutions.
# Output: per-puzzle (solutions, search nodes) folded into a tuple.

EMPTY = 7
UNSET = -1
DIRS = ((1, 0), (1, -1), (0, -1), (-1, 0), (-1, 1), (0, 1))


class Board:
    def __init__(self, radius):
        cells = []
        for r in range(-radius, radius + 1):
            for q in range(-radius, radius + 1):
                if -radius <= q + r <= radius:
                    cells.append((q, r))
        self.cells = cells
        index = {}
        for i in range(len(cells)):
            index[cells[i]] = i
        self.nbrs = []
        for q, r in cells:
            lst = []
            for dq, dr in DIRS:
                j = index.get((q + dq, r + dr))
                if j is not None:
                    lst.append(j)
            self.nbrs.append(lst)
        self.size = len(cells)


class Puzzle:
    def __init__(self, board, seed, density, hint_every):
        self.board = board
        n = board.size
        s = seed
        occ = [False] * n
        for i in range(n):
            s = (s * 1103515245 + 12345) & 0x3FFFFFFF
            occ[i] = (s >> 10) % 100 < density
        self.solution = [EMPTY] * n
        for i in range(n):
            if occ[i]:
                c = 0
                for j in board.nbrs[i]:
                    if occ[j]:
                        c += 1
                self.solution[i] = c
        self.counts = [0] * 8
        for v in self.solution:
            self.counts[v] += 1
        # pinned cells: every hint_every-th occupied cell, plus nothing else
        self.pinned = [UNSET] * n
        k = 0
        for i in range(n):
            if occ[i]:
                if k % hint_every == 0:
                    self.pinned[i] = self.solution[i]
                k += 1


class Solver:
    def __init__(self, puzzle):
        self.p = puzzle
        self.nbrs = puzzle.board.nbrs
        self.n = puzzle.board.size
        self.val = [UNSET] * self.n
        self.left = puzzle.counts[:]
        for i in range(self.n):
            v = puzzle.pinned[i]
            if v != UNSET:
                self.val[i] = v
                self.left[v] -= 1
        self.order = [i for i in range(self.n) if self.val[i] == UNSET]
        self.solutions = 0
        self.nodes = 0
        self.first = None

    def consistent(self, c):
        val = self.val
        nbrs = self.nbrs
        cells = [c] + nbrs[c]
        for x in cells:
            v = val[x]
            if v == UNSET or v == EMPTY:
                continue
            occ = 0
            unk = 0
            for y in nbrs[x]:
                w = val[y]
                if w == UNSET:
                    unk += 1
                elif w != EMPTY:
                    occ += 1
            if occ > v or occ + unk < v:
                return False
        return True

    def search(self, k):
        self.nodes += 1
        if k == len(self.order):
            self.solutions += 1
            if self.first is None:
                self.first = self.val[:]
            return
        c = self.order[k]
        left = self.left
        for v in (EMPTY, 0, 1, 2, 3, 4, 5, 6):
            if left[v] == 0:
                continue
            self.val[c] = v
            left[v] -= 1
            if self.consistent(c):
                self.search(k + 1)
            left[v] += 1
        self.val[c] = UNSET

    def solve(self):
        # pinned cells must already be consistent with each other
        self.search(0)
        return self.solutions, self.nodes


def render(board, vals):
    out = []
    for v in vals:
        out.append("." if v == EMPTY else str(v))
    return "".join(out)


bm_params = {
    (50, 10): (2, 1, 3),
    (100, 10): (2, 4, 3),
    (1000, 1000): (3, 4, 3),
    (5000, 1000): (3, 12, 3),
}


def bm_setup(params):
    radius, npuzzles, hint_every = params
    state = [None]

    def run():
        board = Board(radius)
        res = []
        for k in range(npuzzles):
            pz = Puzzle(board, 1000 + 77 * k, 55, hint_every)
            sv = Solver(pz)
            sols, nodes = sv.solve()
            res.append((sols, nodes, render(board, sv.first)))
        state[0] = res

    def result():
        res = state[0]
        total_nodes = 0
        sols = []
        h = 0
        for s, n, pic in res:
            total_nodes += n
            sols.append(s)
            for ch in pic:
                h = (h * 31 + ord(ch)) & 0x3FFFFFFF
        return total_nodes, (tuple(sols), total_nodes, h)

    return run, result
