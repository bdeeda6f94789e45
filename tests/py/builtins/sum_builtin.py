print(sum([]), sum([1, 2, 3]), sum([1, 2, 3], 10), sum((0.5, 0.25)), sum(range(101)), sum([10 ** 20, 1]))
print(sum([[1], [2, 3]], []), sum([(1,), (2,)], ()), sum([True, True, False]))
print(sum(x * x for x in range(10)), sum([1.5, 2], 0.5))
print(sum([0.1] * 10), sum([1, 2.0, 3j]))
try:
    sum(["a", "b"], "")
except TypeError:
    print("TypeError sum strings")
try:
    sum([1, "a"])
except TypeError:
    print("TypeError mixed")
