# Chaos game: an iterated function system whose maps are built from cubic
# B-splines.  A point wanders over the unit square; each step picks one of a
# few spline-based maps (weighted, via a small LCG) and moves the point to
# "curve position t along the spline, offset along its normal".  Visited
# pixels are accumulated in a grid; the output is an integer checksum of it.


class Vec2:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec2(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec2(self.x - o.x, self.y - o.y)

    def scale(self, k):
        return Vec2(self.x * k, self.y * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y

    def length(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def normal(self):
        n = self.length()
        if n == 0.0:
            return Vec2(0.0, 1.0)
        return Vec2(-self.y / n, self.x / n)


def combine(a, wa, b, wb):
    return Vec2(a.x * wa + b.x * wb, a.y * wa + b.y * wb)


class Spline:
    """Uniform cubic B-spline through a list of control points (clamped ends)."""

    def __init__(self, pts):
        # repeat end points so the curve starts/ends at them
        self.pts = [pts[0], pts[0]] + pts + [pts[-1], pts[-1]]
        self.nseg = len(self.pts) - 3

    def _segment(self, t):
        if t < 0.0:
            t = 0.0
        elif t >= 1.0:
            t = 0.999999
        u = t * self.nseg
        i = int(u)
        return i, u - i

    def point(self, t):
        i, u = self._segment(t)
        p0, p1, p2, p3 = self.pts[i], self.pts[i + 1], self.pts[i + 2], self.pts[i + 3]
        u2 = u * u
        u3 = u2 * u
        b0 = (1.0 - 3.0 * u + 3.0 * u2 - u3) / 6.0
        b1 = (4.0 - 6.0 * u2 + 3.0 * u3) / 6.0
        b2 = (1.0 + 3.0 * u + 3.0 * u2 - 3.0 * u3) / 6.0
        b3 = u3 / 6.0
        return combine(combine(p0, b0, p1, b1), 1.0, combine(p2, b2, p3, b3), 1.0)

    def tangent(self, t):
        i, u = self._segment(t)
        p0, p1, p2, p3 = self.pts[i], self.pts[i + 1], self.pts[i + 2], self.pts[i + 3]
        u2 = u * u
        d0 = (-1.0 + 2.0 * u - u2) / 2.0
        d1 = (-4.0 * u + 3.0 * u2) / 2.0
        d2 = (1.0 + 2.0 * u - 3.0 * u2) / 2.0
        d3 = u2 / 2.0
        return combine(combine(p0, d0, p1, d1), 1.0, combine(p2, d2, p3, d3), 1.0)


class SplineMap:
    def __init__(self, spline, width, weight):
        self.spline = spline
        self.width = width
        self.weight = weight

    def apply(self, p):
        s = self.spline
        base = s.point(p.x)
        nrm = s.tangent(p.x).normal()
        return base + nrm.scale((p.y - 0.5) * self.width)


class Chaos:
    def __init__(self, maps, w, h, seed):
        self.maps = maps
        self.total = 0
        for m in maps:
            self.total += m.weight
        self.w = w
        self.h = h
        self.grid = [[0] * w for _ in range(h)]
        self.seed = seed
        # bounding box of all control points, used for the pixel mapping
        xs = []
        ys = []
        for m in maps:
            for q in m.spline.pts:
                xs.append(q.x)
                ys.append(q.y)
        self.minx = min(xs) - 0.1
        self.miny = min(ys) - 0.1
        self.spanx = max(xs) + 0.1 - self.minx
        self.spany = max(ys) + 0.1 - self.miny

    def rand(self):
        self.seed = (self.seed * 1103515245 + 12345) & 0x3FFFFFFF
        return self.seed

    def pick(self):
        r = (self.rand() >> 8) % self.total
        for m in self.maps:
            if r < m.weight:
                return m
            r -= m.weight
        return self.maps[-1]

    def clamp01(self, p):
        x = (p.x - self.minx) / self.spanx
        y = (p.y - self.miny) / self.spany
        if x < 0.0:
            x = 0.0
        elif x > 1.0:
            x = 1.0
        if y < 0.0:
            y = 0.0
        elif y > 1.0:
            y = 1.0
        return Vec2(x, y)

    def run(self, iters):
        p = Vec2(0.5, 0.5)
        grid = self.grid
        w = self.w
        h = self.h
        for _ in range(iters):
            m = self.pick()
            q = m.apply(p)
            p = self.clamp01(q)
            px = int(p.x * (w - 1))
            py = int(p.y * (h - 1))
            grid[py][px] += 1

    def checksum(self):
        s = 0
        lit = 0
        for j in range(self.h):
            row = self.grid[j]
            for i in range(self.w):
                c = row[i]
                if c:
                    lit += 1
                    s = (s * 31 + c * (i + 1) + j) & 0x3FFFFFFF
        return lit, s


def make_maps():
    s1 = Spline([Vec2(0.1, 0.1), Vec2(0.3, 0.5), Vec2(0.45, 0.9), Vec2(0.6, 0.55), Vec2(0.9, 0.15)])
    s2 = Spline([Vec2(0.05, 0.8), Vec2(0.35, 0.7), Vec2(0.5, 0.3), Vec2(0.85, 0.45)])
    s3 = Spline([Vec2(0.2, 0.05), Vec2(0.25, 0.35), Vec2(0.7, 0.2), Vec2(0.8, 0.9), Vec2(0.95, 0.75), Vec2(0.6, 0.6)])
    return [SplineMap(s1, 0.25, 5), SplineMap(s2, 0.12, 3), SplineMap(s3, 0.18, 4)]


bm_params = {
    (50, 10): (2000, 32),
    (100, 10): (5000, 48),
    (1000, 1000): (150000, 256),
    (5000, 1000): (750000, 256),
}


def bm_setup(params):
    iters, size = params
    state = [None]

    def run():
        c = Chaos(make_maps(), size, size, 12345)
        c.run(iters)
        state[0] = c

    def result():
        lit, s = state[0].checksum()
        return iters, (lit, s)

    return run, result
