def f(a, b):
    a.append("f")
    b = b + ["rebound"]
    return a, b
x = [1]
y = [2]
print(f(x, y), x, y)
def g(n):
    n += 1
    return n
v = 5
print(g(v), v)
def h(d):
    d["k"] = "set"
d = {}
h(d)
print(d)
