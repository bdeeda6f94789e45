# Iterative radix-2 Cooley-Tukey FFT on separate real/imaginary float lists:
# bit-reversal permutation, precomputed twiddle table, butterflies.  A
# deterministic integer signal is transformed forward and back; the output is
# the number of samples recovered exactly (after rounding) plus a spectrum
# checksum rounded to 3 decimals (as an int), robust to 1-ulp libm differences.

import math


def make_twiddles(n):
    wr = [0.0] * (n // 2)
    wi = [0.0] * (n // 2)
    for k in range(n // 2):
        a = -2.0 * math.pi * k / n
        wr[k] = math.cos(a)
        wi[k] = math.sin(a)
    return wr, wi


def bit_reverse(re, im):
    n = len(re)
    j = 0
    for i in range(1, n):
        bit = n >> 1
        while j & bit:
            j ^= bit
            bit >>= 1
        j |= bit
        if i < j:
            t = re[i]
            re[i] = re[j]
            re[j] = t
            t = im[i]
            im[i] = im[j]
            im[j] = t


def fft(re, im, wr, wi, inverse):
    n = len(re)
    bit_reverse(re, im)
    size = 2
    while size <= n:
        half = size >> 1
        step = n // size
        for start in range(0, n, size):
            k = 0
            for j in range(start, start + half):
                tr = wr[k]
                ti = wi[k]
                if inverse:
                    ti = -ti
                l = j + half
                xr = re[l] * tr - im[l] * ti
                xi = re[l] * ti + im[l] * tr
                re[l] = re[j] - xr
                im[l] = im[j] - xi
                re[j] += xr
                im[j] += xi
                k += step
        size <<= 1
    if inverse:
        for i in range(n):
            re[i] /= n
            im[i] /= n


def signal(n, seed):
    out = []
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x3FFFFFFF
        out.append((s >> 20) - 512 + ((i * 37) % 101))
    return out


def run_once(n, seed, wr, wi):
    src = signal(n, seed)
    re = [float(v) for v in src]
    im = [0.0] * n
    fft(re, im, wr, wi, False)
    # spectrum checksum: sum of |X_k|^2 / n (Parseval) and |X_1|
    energy = 0.0
    for i in range(n):
        energy += re[i] * re[i] + im[i] * im[i]
    energy /= n
    mag1 = (re[1] * re[1] + im[1] * im[1]) ** 0.5
    fft(re, im, wr, wi, True)
    ok = 0
    for i in range(n):
        v = re[i]
        r = int(v + 0.5) if v >= 0.0 else -int(-v + 0.5)
        if r == src[i]:
            ok += 1
    return ok, int(energy * 1000.0 + 0.5), int(mag1 * 1000.0 + 0.5)


bm_params = {
    (50, 10): (64, 4),
    (100, 10): (256, 4),
    (1000, 1000): (4096, 40),
    (5000, 1000): (16384, 50),
}


def bm_setup(params):
    n, reps = params
    state = [None]

    def run():
        wr, wi = make_twiddles(n)
        acc = []
        for r in range(reps):
            acc.append(run_once(n, 1 + r, wr, wi))
        state[0] = acc

    def result():
        acc = state[0]
        ok = 0
        e = 0
        m = 0
        for a, b, c in acc:
            ok += a
            e = (e * 7 + b) & 0x3FFFFFFF
            m = (m * 7 + c) & 0x3FFFFFFF
        return n * reps, (n, ok, e, m)

    return run, result
