# Resuming a generator suspended in `yield from` goes straight down the chain to the innermost
# generator (every level marked running on the way) and back up. Edges: re-entering a level of
# an active chain, levels resumed or finished behind the top's back, several levels returning
# at once, a level that yields its own values between delegations, exceptions caught part-way,
# deep chains, and generator calls that bind *args, keywords, defaults, closures and cells.


# Re-entering any level of an active chain: "generator already executing", caught below.
def reenter_leaf(targets):
    for t in targets:
        try:
            next(t[0])
        except ValueError as e:
            print("reenter", t[1], e)
        yield t[1]


def reenter_relay(sub):
    r = yield from sub
    return r


targets = []
leaf_gen = reenter_leaf(targets)
mid_gen = reenter_relay(leaf_gen)
top = reenter_relay(mid_gen)
targets.extend([(top, "top"), (mid_gen, "mid"), (leaf_gen, "leaf")])
for v in top:
    print("got", v)


# A middle level resumed directly, then the top again: the walk from the top finds it still
# suspended in its `yield from`.
def counter(tag, n):
    for i in range(n):
        yield (tag, i)
    return tag


def relay(sub):
    r = yield from sub
    print("relay got", r)
    return str(r) + "!"


inner = counter("a", 4)
middle = relay(inner)
outer = relay(middle)
print(next(outer))
print(next(middle))
print(next(inner))
print(next(outer))
try:
    next(outer)
except StopIteration as e:
    print("outer returned", e.value)


# The sub-generator finished behind the outer's back (close, then exhausted).
inner = counter("b", 5)
outer = relay(relay(inner))
print(next(outer))
inner.close()
try:
    next(outer)
except StopIteration as e:
    print("after close", e.value)

inner = counter("c", 2)
outer = relay(inner)
print(next(outer))
print(list(inner))
try:
    next(outer)
except StopIteration as e:
    print("after exhaust", e.value)


# The sub-generator driven by someone else while the outer waits on it: resuming the outer from
# inside the sub runs the outer's `yield from`, which fails there (and the outer can catch it).
def catching_relay(sub):
    while True:
        try:
            r = yield from sub
            return r
        except ValueError as e:
            print("relay caught", e)
            yield "recovered"


def driver_sub(box):
    yield 1
    print("resume outer from inside:", next(box[0]))
    yield 2


box = []
sub = driver_sub(box)
outer = catching_relay(sub)
box.append(outer)
print(next(outer))
print(next(sub))


# Several levels returning at once, then a level yielding its own value and delegating again.
def ret_chain(depth):
    if depth == 0:
        yield "bottom"
        return 1
    r = yield from ret_chain(depth - 1)
    return r * 2


def walker(depth):
    a = yield from ret_chain(depth)
    yield ("between", a)
    b = yield from ret_chain(depth + 1)
    return a + b


g = walker(5)
print(list(g))
g = walker(3)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        out.append(("ret", e.value))
        break
print(out)


# An exception at the bottom of a chain, caught two levels up, which then yields and returns.
def raiser():
    yield "r1"
    raise KeyError("deep")


def pass_through():
    r = yield from raiser()
    return r


def catcher():
    try:
        yield from pass_through()
    except KeyError as e:
        print("catcher caught", repr(e))
        yield "after catch"
    return "done"


def top_level():
    r = yield from catcher()
    yield r


print(list(top_level()))


# send() and throw() through a chain, alternating with next().
def echo():
    total = 0
    while True:
        try:
            v = yield total
        except ZeroDivisionError:
            v = -100
        if v is None:
            return total
        total += v


def echo_relay(depth):
    if depth == 0:
        r = yield from echo()
    else:
        r = yield from echo_relay(depth - 1)
    return r


g = echo_relay(6)
print(next(g))
print(g.send(5))
print(g.send(7))
print(g.throw(ZeroDivisionError))
print(g.send(1))
try:
    g.send(None)
except StopIteration as e:
    print("echo total", e.value)


# A deep chain (300 levels), several values each way.
def deep(depth):
    if depth == 0:
        v = yield 0
        while v is not None:
            v = yield v * 2
        return "deep end"
    r = yield from deep(depth - 1)
    return r


g = deep(300)
print(next(g), g.send(1), g.send(21), g.send(4))
try:
    next(g)
except StopIteration as e:
    print(e.value)


# Generator calls binding *args, keywords, defaults, closures and cells.
def gen_args(a, b=10, *rest, c=3, **kw):
    yield a + b + c + sum(rest) + sum(kw.values())


def gen_cell(x):
    def get():
        return x

    yield get()
    x += 1
    yield get()


def make_closure_gen(k):
    def gen(n):
        for i in range(n):
            yield i * k

    return gen


print(list(gen_args(1)), list(gen_args(1, 2)), list(gen_args(1, 2, 3, 4, c=5, d=6)))
print(list(gen_cell(7)), list(make_closure_gen(3)(4)))
try:
    gen_args()
except TypeError:
    print("TypeError: missing argument")
try:
    gen_cell(1, 2)
except TypeError as e:
    print("TypeError", e)


# `yield from` and `for` over things that are not generators.
class Counter:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return (i * i for i in range(self.n))


def over_things():
    yield from [1, 2]
    yield from iter((3, 4))
    yield from Counter(3)
    yield from "ab"
    yield from range(2)


print(list(over_things()))
total = 0
for v in (x for x in range(10)):
    total += v
for v in iter([5, 6]):
    total += v
print(total)
