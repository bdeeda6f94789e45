# N-queens: count all placements of n non-attacking queens with a recursive
# backtracking search over columns, tracking the occupied columns and both
# diagonal directions in lists of booleans.  Also records the
# lexicographically first solution.  Output: (solutions, first solution).


def solve(n):
    cols = [False] * n
    diag1 = [False] * (2 * n)
    diag2 = [False] * (2 * n)
    placement = [0] * n
    found = [0, None]

    def place(row):
        if row == n:
            found[0] += 1
            if found[1] is None:
                found[1] = tuple(placement)
            return
        for c in range(n):
            a = row + c
            b = row - c + n
            if cols[c] or diag1[a] or diag2[b]:
                continue
            cols[c] = diag1[a] = diag2[b] = True
            placement[row] = c
            place(row + 1)
            cols[c] = diag1[a] = diag2[b] = False

    place(0)
    return found[0], found[1]


bm_params = {
    (50, 10): (5, 2),
    (100, 10): (7, 4),
    (1000, 1000): (10, 25),
    (5000, 1000): (11, 25),
}


def bm_setup(params):
    n, reps = params
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            r = solve(n)
        state[0] = r

    def result():
        count, first = state[0]
        return reps, (n, count, first)

    return run, result
