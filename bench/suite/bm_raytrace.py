# A small Whitted-style ray tracer: vectors as classes, spheres and a
# checkered plane, diffuse + specular shading with shadow rays, and mirror
# reflections up to a fixed depth.  Only + - * / and sqrt are used, so every
# IEEE-754 implementation computes bit-identical pixels.  Output: a checksum
# of the 8-bit RGB image.


class V3:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return V3(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return V3(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return V3(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def hadamard(self, o):
        return V3(self.x * o.x, self.y * o.y, self.z * o.z)

    def length(self):
        return self.dot(self) ** 0.5

    def unit(self):
        n = self.length()
        return V3(self.x / n, self.y / n, self.z / n)

    def reflect(self, n):
        return self - n * (2.0 * self.dot(n))


BLACK = V3(0.0, 0.0, 0.0)
EPS = 1e-6


class Ray:
    def __init__(self, origin, direction):
        self.o = origin
        self.d = direction

    def at(self, t):
        return self.o + self.d * t


class Material:
    def __init__(self, color, diffuse, specular, shininess, mirror, checker=None):
        self.color = color
        self.diffuse = diffuse
        self.specular = specular
        self.shininess = shininess
        self.mirror = mirror
        self.checker = checker

    def color_at(self, p):
        if self.checker is None:
            return self.color
        ix = int(p.x + 1000.0)
        iz = int(p.z + 1000.0)
        if (ix + iz) & 1:
            return self.checker
        return self.color


class Sphere:
    def __init__(self, center, radius, material):
        self.c = center
        self.r2 = radius * radius
        self.inv_r = 1.0 / radius
        self.material = material

    def intersect(self, ray):
        oc = ray.o - self.c
        b = oc.dot(ray.d)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return None
        s = disc ** 0.5
        t = -b - s
        if t > EPS:
            return t
        t = -b + s
        if t > EPS:
            return t
        return None

    def normal(self, p):
        return (p - self.c) * self.inv_r


class Plane:
    def __init__(self, point, normal, material):
        self.p = point
        self.n = normal.unit()
        self.material = material

    def intersect(self, ray):
        den = self.n.dot(ray.d)
        if -EPS < den < EPS:
            return None
        t = (self.p - ray.o).dot(self.n) / den
        if t > EPS:
            return t
        return None

    def normal(self, p):
        return self.n


class Light:
    def __init__(self, pos, color):
        self.pos = pos
        self.color = color


def ipow(x, n):
    r = 1.0
    while n:
        if n & 1:
            r *= x
        x *= x
        n >>= 1
    return r


class Scene:
    def __init__(self):
        self.objects = []
        self.lights = []
        self.ambient = V3(0.08, 0.08, 0.1)
        self.max_depth = 3

    def nearest(self, ray):
        best_t = None
        best = None
        for ob in self.objects:
            t = ob.intersect(ray)
            if t is not None and (best_t is None or t < best_t):
                best_t = t
                best = ob
        return best, best_t

    def shadowed(self, p, light):
        to_l = light.pos - p
        dist = to_l.length()
        ray = Ray(p, to_l * (1.0 / dist))
        for ob in self.objects:
            t = ob.intersect(ray)
            if t is not None and t < dist:
                return True
        return False

    def trace(self, ray, depth):
        ob, t = self.nearest(ray)
        if ob is None:
            # sky gradient
            k = 0.5 * (ray.d.y + 1.0)
            return V3(0.6, 0.75, 1.0) * k + V3(1.0, 1.0, 1.0) * (0.3 * (1.0 - k))
        p = ray.at(t)
        n = ob.normal(p)
        if n.dot(ray.d) > 0.0:
            n = n * -1.0
        m = ob.material
        base = m.color_at(p)
        col = base.hadamard(self.ambient)
        for light in self.lights:
            if self.shadowed(p, light):
                continue
            ldir = (light.pos - p).unit()
            lam = n.dot(ldir)
            if lam > 0.0:
                col = col + base.hadamard(light.color) * (lam * m.diffuse)
            h = (ldir - ray.d).unit()
            sp = n.dot(h)
            if sp > 0.0:
                col = col + light.color * (m.specular * ipow(sp, m.shininess))
        if m.mirror > 0.0 and depth < self.max_depth:
            rd = ray.d.reflect(n)
            rc = self.trace(Ray(p, rd), depth + 1)
            col = col * (1.0 - m.mirror) + rc * m.mirror
        return col


def build_scene():
    s = Scene()
    s.objects.append(Plane(V3(0.0, -1.0, 0.0), V3(0.0, 1.0, 0.0),
                           Material(V3(0.9, 0.9, 0.9), 0.8, 0.1, 8, 0.15, V3(0.15, 0.15, 0.2))))
    s.objects.append(Sphere(V3(0.0, 0.0, 5.0), 1.0, Material(V3(0.9, 0.2, 0.2), 0.7, 0.5, 32, 0.25)))
    s.objects.append(Sphere(V3(-2.2, -0.3, 6.0), 0.7, Material(V3(0.2, 0.9, 0.3), 0.8, 0.3, 16, 0.0)))
    s.objects.append(Sphere(V3(1.9, -0.4, 4.2), 0.6, Material(V3(0.2, 0.3, 0.95), 0.6, 0.8, 64, 0.5)))
    s.objects.append(Sphere(V3(0.6, 1.6, 7.5), 0.9, Material(V3(0.95, 0.85, 0.3), 0.7, 0.4, 16, 0.1)))
    s.lights.append(Light(V3(-4.0, 5.0, 1.0), V3(0.9, 0.9, 0.85)))
    s.lights.append(Light(V3(5.0, 3.0, 2.0), V3(0.35, 0.35, 0.45)))
    return s


def to_byte(v):
    if v <= 0.0:
        return 0
    if v >= 1.0:
        return 255
    return int(v * 255.0 + 0.5)


def render(scene, w, h):
    eye = V3(0.0, 0.4, -1.0)
    aspect = w / h
    pixels = bytearray(w * h * 3)
    k = 0
    for j in range(h):
        y = (1.0 - 2.0 * (j + 0.5) / h) * 1.0
        for i in range(w):
            x = (2.0 * (i + 0.5) / w - 1.0) * aspect
            d = V3(x, y - 0.2, 1.6).unit()
            c = scene.trace(Ray(eye, d), 0)
            pixels[k] = to_byte(c.x)
            pixels[k + 1] = to_byte(c.y)
            pixels[k + 2] = to_byte(c.z)
            k += 3
    return pixels


def checksum(buf):
    a = 1
    b = 0
    for v in buf:
        a = (a + v) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


bm_params = {
    (50, 10): (16, 12),
    (100, 10): (32, 24),
    (1000, 1000): (200, 150),
    (5000, 1000): (440, 330),
}


def bm_setup(params):
    w, h = params
    state = [None]

    def run():
        state[0] = render(build_scene(), w, h)

    def result():
        px = state[0]
        return w * h, (w, h, checksum(px), sum(px))

    return run, result
