a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print({**a, **b}, {**b, **a}, {**a, "y": 0}, {"y": 0, **a})
print({**{}}, {**a, **{}})
c = dict(a)
c.update(b)
print(c)
print(dict(a, **b))
def f(**kw):
    return kw
print(f(**a, **{"w": 9}))
