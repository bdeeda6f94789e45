# MicroPython's v6 bytecode evaluates a dict display's value before its key (STORE_MAP takes the
# value first): this file has a .exp with MicroPython's output.
log = []
def v(name, val):
    log.append(name)
    return val
def f(*a, **k):
    return a, k
print(f(v("a", 1), v("b", 2), x=v("c", 3), y=v("d", 4)))
print(log)
log.clear()
d = {v("k1", "a"): v("v1", 1), v("k2", "b"): v("v2", 2)}
print(log)
log.clear()
l = [v(i, i) for i in range(3)]
r = v("left", 10) - v("right", 3)
print(log, r)
