x = "outer"
r = [x for x in range(3)]
print(x, r)
y = 10
print([y * i for i in range(3)])
def f():
    k = 2
    return [k * j for j in range(3)], {j: k for j in range(2)}, list(k + j for j in range(2))
print(f())
class C:
    vals = [1, 2, 3]
    doubled = [v * 2 for v in vals]
print(C.doubled)
def g():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
print(g())
