# Fannkuch-redux: for every permutation of 1..n (generated in a fixed order by
# a counting "rotation" scheme) count how many prefix reversals it takes until
# the first element is 1.  Output: (alternating-sign checksum, max flips).


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    sign = 1
    r = n
    nperm = 0
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        # count flips for the current permutation
        first = perm1[0]
        if first:
            perm = perm1[:]
            flips = 0
            k = first
            while k:
                # reverse perm[0..k]
                i = 0
                j = k
                while i < j:
                    t = perm[i]
                    perm[i] = perm[j]
                    perm[j] = t
                    i += 1
                    j -= 1
                flips += 1
                k = perm[0]
            if flips > max_flips:
                max_flips = flips
            checksum += sign * flips
        nperm += 1
        sign = -sign
        # next permutation: rotate prefixes
        while True:
            if r == n:
                return checksum, max_flips, nperm
            p0 = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = p0
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1


bm_params = {
    (50, 10): 5,
    (100, 10): 6,
    (1000, 1000): 9,
    (5000, 1000): 10,
}


def bm_setup(params):
    n = params
    state = [None]

    def run():
        state[0] = fannkuch(n)

    def result():
        c, m, nperm = state[0]
        return nperm, (n, c, m)

    return run, result
