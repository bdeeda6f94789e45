def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(next(g), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("stop", e.value)
def catcher():
    while True:
        try:
            yield "ok"
        except ValueError as e:
            yield "caught %s" % e
c = catcher()
print(next(c), c.throw(ValueError("v")), next(c))
c.close()
try:
    next(c)
except StopIteration:
    print("closed")
def fin():
    try:
        yield 1
        yield 2
    finally:
        print("gen finally")
f = fin()
print(next(f))
f.close()
print("after close")
def deleg():
    r = yield from acc()
    print("sub returned", r)
    yield r * 2
d = deleg()
print(next(d), d.send(3), d.send(4), d.send(None))
def genexpr_lazy():
    log = []
    g = (log.append(i) or i for i in range(3))
    print(log)
    print(next(g), log)
    return list(g), log
print(genexpr_lazy())
m = map(lambda x: x * 2, [1, 2, 3])
print(next(m), list(m), list(m))
z = zip([1, 2, 3], "ab")
print(list(z), list(z))
fl = filter(None, [0, 1, "", "a", [], [0]])
print(list(fl))
e = enumerate("xyz", 1)
print(next(e), list(e))
def counter(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(counter(5)), max(counter(4)), sorted(counter(3), reverse=True))
it = iter([1, 2, 3])
print(next(it), list(it), next(it, "default"))
def thrower():
    yield 1
try:
    t = thrower()
    t.throw(KeyError("k"))
except KeyError as e:
    print("unstarted throw", e)
gg = (x for x in [1])
print(next(gg), next(gg, None))
