d = {}
d.update()
d.update({1: 1})
d.update([(2, 2), [3, 3]])
d.update(a=4)
d.update({1: "one"}, b=5)
print(d)
try:
    d.update([(1, 2, 3)])
except ValueError:
    print("ValueError")
try:
    d.update(5)
except TypeError:
    print("TypeError")
print(d)
