# PEP 584 dict union operators
a = {"x": 1, "y": 2}
b = {"y": 20, "z": 30}
print(a | b, b | a, a | {}, {} | a)
m = dict(a)
m |= b
print(m, a)
m |= [("w", 0)]
print(m)
try:
    a | [("w", 0)]
except TypeError:
    print("TypeError")
