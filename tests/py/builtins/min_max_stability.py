items = [("a", 2), ("b", 1), ("c", 2), ("d", 1)]
print(max(items, key=lambda t: t[1]), min(items, key=lambda t: t[1]))
print(max([0.0, -0.0]), min([-0.0, 0.0]), max([1, True]), max([True, 1]))
print(max("b", "a", "b"), min([[1], [1, 0]]))
