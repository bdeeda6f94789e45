log = []
def mark(v):
    log.append(v)
    return v
def f(a=mark("a-default"), *, k=mark("k-default")):
    return a, k
print(log)
print(f(), f(1, k=2), log)
