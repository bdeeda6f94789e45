d = {1: "int", "1": "str", 1.5: "float", (1, 2): "tuple", None: "none", b"1": "bytes", frozenset([1]): "fs"}
for k in d:
    print(repr(k), d[k])
print(d[1.0], d[True], d[(1, 2)], d[frozenset({1})])
d[2 ** 100] = "big"
print(d[2 ** 100], (2 ** 100) in d, 2 ** 100 + 1 in d)
d[-0.0] = "zero"
print(d[0], d[0.0], len(d))
