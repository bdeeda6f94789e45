# Digits of pi with Gibbons' unbounded spigot: a linear fractional transform
# (q, r, t) is composed with successive terms of a series while the next
# decimal digit is not yet determined, and digits are extracted by
# multiplying the state by 10 once they are.  All arithmetic is on big ints.
# Output: digit count, sum of digits, and the last 12 digits as a string.


def pi_digits(ndigits):
    q = 1
    r = 0
    t = 1
    k = 1
    m = 3
    l = 3
    out = []
    while len(out) < ndigits:
        if 4 * q + r - t < m * t:
            out.append(m)
            nr = 10 * (r - m * t)
            m = (10 * (3 * q + r)) // t - 10 * m
            q = 10 * q
            r = nr
        else:
            nr = (2 * q + r) * l
            nm = (q * (7 * k + 2) + r * l) // (t * l)
            q = q * k
            t = t * l
            l = l + 2
            k = k + 1
            m = nm
            r = nr
    return out


bm_params = {
    (50, 10): (1, 30),
    (100, 10): (2, 200),
    (1000, 1000): (5, 2000),
    (5000, 1000): (6, 4000),
}


def bm_setup(params):
    reps, nd = params
    state = [None]

    def run():
        d = None
        for _ in range(reps):
            d = pi_digits(nd)
        state[0] = d

    def result():
        d = state[0]
        s = 0
        for x in d:
            s += x
        tail = "".join([str(x) for x in d[-12:]])
        return reps * nd, (nd, s, tail)

    return run, result
