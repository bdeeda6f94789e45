a = [1]
b = a
c = [1]
print(id(a) == id(b), id(a) == id(c), type(id(a)).__name__)
x = object()
print(id(x) == id(x))
ids = set(id(o) for o in [a, c, x])
print(len(ids))
def f():
    pass
print(id(f) == id(f))
