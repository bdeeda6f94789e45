print(sorted([3, 1, 2]), sorted("bca"), sorted((2, 1)), sorted({3: 0, 1: 0}), sorted(range(5, 0, -1)))
print(sorted([3, 1, 2], reverse=True), sorted(["b", "A", "a"], key=str.lower), sorted([]))
l = [3, 1]
s = sorted(l)
print(l, s, s is l)
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(4))), list(reversed((1, 2))))
r = reversed([1, 2])
print(next(r), next(r), next(r, None))
try:
    reversed({1, 2})
except TypeError:
    print("TypeError reversed set")
print(list(reversed([])), "".join(reversed("日本語")))
print(sorted([(1, "b"), (1, "a")], key=lambda t: t[0]))
