print(min(3, 1, 2), max(3, 1, 2), min([5, 4]), max((5, 9)), min("hello"), max("hello"))
print(min([], default="empty"), max([], default=None), min([7], default=0))
print(max(["apple", "fig", "banana"], key=len), min(["apple", "fig", "banana"], key=len))
print(max([(1, "b"), (1, "a"), (0, "z")]), min(-1, -1.5, -0.5), max(10 ** 20, 1e19))
print(max([1, 3, 3, 2], key=lambda x: -x), max("a", "b", key=ord), max([3, 1], [2, 5]))
print(max({"x": 3, "y": 1}), min({"x": 3, "y": 1}, key=lambda k: {"x": 3, "y": 1}[k]))
print(max(range(10), key=lambda x: x % 4), min(x * x for x in range(-3, 3)))
for bad in (lambda: min([]), lambda: max(), lambda: max(1, "a")):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
print(max([1, 2], default=9))
