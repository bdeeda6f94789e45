a = (1, (2, 3), "x")
b = (1, (2, 3), "x")
print(a == b, hash(a) == hash(b))
d = {a: "first"}
d[b] = "second"
print(len(d), d[a])
try:
    hash((1, [2]))
except TypeError:
    print("TypeError unhashable")
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(()) == hash(()))
s = {(1, 2), (2, 1), (1, 2)}
print(sorted(s))
