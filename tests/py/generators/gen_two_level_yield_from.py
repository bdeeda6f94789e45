def level3():
    yield "l3-a"
    got = yield "l3-b"
    return "l3 got %s" % got
def level2():
    r = yield from level3()
    yield r
    return "l2 done"
def level1():
    r = yield from level2()
    yield r
g = level1()
print(next(g))
print(next(g))
print(g.send("X"))
print(next(g))
try:
    next(g)
except StopIteration:
    print("all done")
