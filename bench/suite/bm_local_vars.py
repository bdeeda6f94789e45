# Tight loops over local variables only: no attribute, global or container
# access inside the hot loops, just loads/stores of a handful of local ints
# with add/xor/shift/compare/branch.  Values are masked to stay well within
# 30 bits (small ints everywhere).  Output: the final local values.


def mix(n):
    a = 1
    b = 2
    c = 3
    d = 4
    e = 5
    f = 6
    g = 7
    h = 8
    for i in range(n):
        a = (a + b) & 0xFFFFF
        b = b ^ (c << 1)
        c = (c + d + i) & 0xFFFFF
        d = d ^ (e >> 1)
        e = (e + f) & 0xFFFFF
        f = f ^ g
        g = (g + h + 1) & 0xFFFFF
        h = (h ^ a) & 0xFFFFF
        b = b & 0xFFFFF
    return a, b, c, d, e, f, g, h


def nested(n):
    total = 0
    k = 0
    i = 0
    while i < n:
        j = 0
        x = i
        while j < 16:
            if x & 1:
                x = x + 3
            else:
                x = x >> 1
            k = k + 1
            j = j + 1
        total = (total + x) & 0x3FFFFFFF
        i = i + 1
    return total, k


bm_params = {
    (50, 10): (1, 2000),
    (100, 10): (1, 10000),
    (1000, 1000): (10, 40000),
    (5000, 1000): (50, 40000),
}


def bm_setup(params):
    reps, n = params
    state = [None]

    def run():
        r1 = r2 = None
        for _ in range(reps):
            r1 = mix(n)
            r2 = nested(n)
        state[0] = r1 + r2

    def result():
        return reps * n * 2, state[0]

    return run, result
