# Float object workload: build many small point objects with sin/cos/sqrt-
# derived coordinates, normalize each one, then fold them with a component-
# wise maximum.  Output: the maximum point and the sum of x's, each rounded to
# 6 decimal digits and printed as integers.

import math


class Point:
    def __init__(self, i):
        self.x = x = math.sin(i)
        self.y = math.cos(i) * 3.0
        self.z = (x * x) / 2.0

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = math.sqrt(x * x + y * y + z * z)
        self.x = x / norm
        self.y = y / norm
        self.z = z / norm

    def maximize(self, other):
        if other.x > self.x:
            self.x = other.x
        if other.y > self.y:
            self.y = other.y
        if other.z > self.z:
            self.z = other.z
        return self


def fixed6(v):
    if v >= 0.0:
        return int(v * 1000000.0 + 0.5)
    return -int(-v * 1000000.0 + 0.5)


def run_float(n):
    points = [Point(i) for i in range(n)]
    sx = 0.0
    for p in points:
        p.normalize()
        sx += p.x
    best = points[0]
    for p in points[1:]:
        best = best.maximize(p)
    return fixed6(best.x), fixed6(best.y), fixed6(best.z), fixed6(sx / n)


bm_params = {
    (50, 10): (1, 150),
    (100, 10): (1, 1000),
    (1000, 1000): (30, 30000),
    (5000, 1000): (150, 30000),
}


def bm_setup(params):
    reps, n = params
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            r = run_float(n)
        state[0] = r

    def result():
        return reps * n, state[0]

    return run, result
