print(list(zip([1, 2, 3], "abc")), list(zip([1, 2, 3], "ab")), list(zip()), list(zip([])), list(zip("a")))
print(list(zip(range(5), range(10, 13), "xyzw")))
print(dict(zip(["a", "b"], [1, 2])), list(zip(*[(1, "a"), (2, "b")])))
z = zip(iter([1, 2, 3]), iter([4]))
print(next(z), next(z, "end"))
keys = ["k1", "k2", "k3"]
vals = [10, 20]
for k, v in zip(keys, vals):
    print(k, v)
print(type(zip()).__name__)
