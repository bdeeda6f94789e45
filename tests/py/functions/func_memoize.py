caches = []
def memoize(f):
    cache = {}
    def w(*args):
        if args not in cache:
            cache[args] = f(*args)
        return cache[args]
    caches.append(cache)
    return w
calls = [0]
@memoize
def slow_sq(x):
    calls[0] += 1
    return x * x
print([slow_sq(i % 3) for i in range(9)], calls[0])
@memoize
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(16, 16), len(caches[-1]))
