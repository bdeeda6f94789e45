# user attributes on function objects
def g():
    return g.counter
g.counter = 5
print(g())
g.counter += 1
print(g(), g.counter)
def counted(f):
    def w(*a):
        w.calls += 1
        return f(*a)
    w.calls = 0
    return w
@counted
def sq(x):
    return x * x
sq(2); sq(3)
print(sq.calls, hasattr(sq, "calls"), getattr(g, "missing", "none"))
