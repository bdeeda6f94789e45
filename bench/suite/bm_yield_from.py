# Generator delegation: a pipeline of generators where each stage delegates to
# the one below it with `yield from`, transforming nothing on the way down but
# returning a value on the way up (PEP 380 return values), plus a tree walk
# that recurses with `yield from` and a coroutine-style accumulator driven by
# send().  Output: sums proving every value travelled through every layer.


def leaf(n):
    for i in range(n):
        yield i
    return n


def layer(depth, n):
    if depth == 0:
        r = yield from leaf(n)
    else:
        r = yield from layer(depth - 1, n)
    return r + 1


def walk(node):
    # node = (value, left, right) or None
    if node is None:
        return 0
    v, left, right = node
    a = yield from walk(left)
    yield v
    b = yield from walk(right)
    return a + b + 1


def build_tree(lo, hi):
    if lo >= hi:
        return None
    mid = (lo + hi) // 2
    return (mid, build_tree(lo, mid), build_tree(mid + 1, hi))


def accumulator():
    total = 0
    count = 0
    while True:
        v = yield total
        if v is None:
            return count
        total += v
        count += 1


def delegator():
    c = yield from accumulator()
    return c


def run_once(depth, n, tree):
    g = layer(depth, n)
    s = 0
    try:
        while True:
            s += next(g)
    except StopIteration as e:
        ret = e.value
    t = 0
    w = walk(tree)
    try:
        while True:
            t = (t * 3 + next(w)) & 0x3FFFFFFF
    except StopIteration as e:
        nodes = e.value
    d = delegator()
    next(d)
    last = 0
    for i in range(n):
        last = d.send(i & 31)
    try:
        d.send(None)
        cnt = -1
    except StopIteration as e:
        cnt = e.value
    return s, ret, t, nodes, last, cnt


bm_params = {
    (50, 10): (1, 5, 100, 63),
    (100, 10): (2, 10, 300, 255),
    (1000, 1000): (600, 20, 1000, 1023),
    (5000, 1000): (3000, 20, 1000, 1023),
}


def bm_setup(params):
    reps, depth, n, tree_size = params
    tree = build_tree(0, tree_size)
    state = [None]

    def run():
        r = None
        for _ in range(reps):
            r = run_once(depth, n, tree)
        state[0] = r

    def result():
        return reps * (n * depth + tree_size + n), state[0]

    return run, result
