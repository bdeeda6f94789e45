l = [5, 2, 8, 1, 9, 3, 7, 4, 6, 0]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(sorted([]), sorted([1]), sorted([2, 1]), sorted("bca"))
print(sorted([3.5, 1, 2.25, -1]), sorted([10 ** 20, 5, -10 ** 20]))
words = ["pear", "Apple", "fig", "banana", "apple"]
print(sorted(words), sorted(words, reverse=True))
# stability
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b"), (1, "c")]
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError")
big = list(range(1000, 0, -1))
big.sort()
print(big[:5], big[-5:])
r = sorted(range(20), key=lambda x: (x % 3, -x))
print(r)
print(l.sort() is None)
