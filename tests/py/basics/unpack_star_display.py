# PEP 448 unpacking inside list/tuple/set/dict displays
print([*range(3), *"ab", *(9,)], (*[1, 2], 3), {*[1, 1, 2]} == {1, 2})
a = [1, 2]
b = (3,)
print([*a, *b, *a], [*[]], (*a,), [0, *a, 4])
print({**{"x": 1}, "y": 2, **{"x": 3}})
print(sorted({*a, *b, 7}))
print([*"日本", *b"ab"])
