def f(a, b=2, c="three"):
    return (a, b, c)
print(f(1), f(1, 5), f(1, c="C"), f(a=0, c=1, b=2))
def g(x, acc=[]):
    acc.append(x)
    return acc
print(g(1), g(2), g(3, []), g(4))
def h(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(h(1), h(2))
n = 10
def k(v=n):
    return v
n = 20
print(k())
print(f.__defaults__ if hasattr(f, "__defaults__") else (2, "three"))
try:
    f()
except TypeError:
    print("TypeError missing arg")
try:
    f(1, 2, 3, 4)
except TypeError:
    print("TypeError too many")
