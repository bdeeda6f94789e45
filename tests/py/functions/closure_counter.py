def counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = counter()
c2 = counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def make_acc():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add
a = make_acc()
a(1)
print(a(2))
def pair():
    v = 0
    def get():
        return v
    def setv(n):
        nonlocal v
        v = n
    return get, setv
g, s = pair()
s(42)
print(g())
