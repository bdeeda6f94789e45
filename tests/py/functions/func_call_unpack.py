def f(a, b, c=0, *args, **kw):
    return a, b, c, args, kw
args = [1, 2]
print(f(*args), f(*args, 3), f(*"xy"), f(*range(5)))
print(f(1, *[2, 3], 4, *(5,)))
print(f(**{"a": 1, "b": 2}), f(1, **{"b": 2, "z": 9}))
print(f(*[1], **{"b": 2}, d=4), f(1, 2, **{"e": 5}, **{"f": 6}))
try:
    f(1, **{"a": 2, "b": 3})
except TypeError:
    print("TypeError multiple values")
try:
    f(1, 2, **{"c": 1}, **{"c": 2})
except TypeError:
    print("TypeError repeated kw")
def g(x, y):
    return x - y
print(g(*(10, 3)), g(**{"y": 3, "x": 10}), g(*[5], **{"y": 1}))
print(max(*[3, 9, 2]), print(*["a", "b"], sep="-"))
