# Mandelbrot escape-time over a grid with float arithmetic (only + - *, so
# results are bit-identical everywhere).  Output: total iterations, number of
# points in the set, and a position-weighted checksum of the iteration counts.


def mandel(w, h, max_iter):
    total = 0
    inside = 0
    chk = 0
    for j in range(h):
        ci = -1.2 + 2.4 * j / h
        for i in range(w):
            cr = -2.1 + 3.0 * i / w
            zr = 0.0
            zi = 0.0
            n = 0
            while n < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                n += 1
            total += n
            if n == max_iter:
                inside += 1
            chk = (chk * 17 + n * (i + 1) + j) & 0x3FFFFFFF
    return total, inside, chk


bm_params = {
    (50, 10): (20, 16, 32),
    (100, 10): (40, 30, 50),
    (1000, 1000): (480, 360, 160),
    (5000, 1000): (1200, 900, 200),
}


def bm_setup(params):
    w, h, it = params
    state = [None]

    def run():
        state[0] = mandel(w, h, it)

    def result():
        return w * h, (w, h, it) + state[0]

    return run, result
