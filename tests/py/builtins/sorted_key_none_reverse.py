data = [5, 2, 8, 2, 9]
print(sorted(data, key=None), sorted(data, key=None, reverse=False), sorted(data, reverse=True))
names = ["bob", "Alice", "carol", "Dave"]
print(sorted(names), sorted(names, key=lambda s: s.lower(), reverse=True))
print(sorted(range(10), key=lambda x: x % 3), sorted("Mississippi", key=lambda c: (c.lower(), c)))
try:
    sorted([1, 2], lambda x: x)
except TypeError:
    print("TypeError positional key")
