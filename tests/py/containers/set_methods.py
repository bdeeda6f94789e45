s = {1, 2, 3}
s.add(4)
s.add(2)
print(s, len(s))
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
s.discard(100)
s.discard(2)
print(s)
print(s.pop(), s)
e = set()
try:
    e.pop()
except KeyError as ex:
    print("KeyError", ex)
s = {1, 2, 3}
c = s.copy()
c.add(99)
print(s, c)
s.clear()
print(s, len(s), bool(s))
a = {1, 2, 3, 4}
print(a.union([5, 6], (7,), {8}))
print(a.union())
print(a.intersection([2, 3, 9], {3, 2}))
print(a.intersection())
print(a.difference([1], {2}))
print(a.difference())
print(a.symmetric_difference([4, 5, 6]))
print(a.issubset([1, 2, 3, 4, 5]), a.issubset({1}), set().issubset([]))
print(a.issuperset([1, 2]), a.issuperset({9}), a.issuperset(range(1, 5)))
print(a.isdisjoint([7, 8]), a.isdisjoint({4}), a.isdisjoint(x for x in [9, 3]))
b = {1, 2, 3}
b.update([4], (5, 6), {7})
print(b)
b.intersection_update([1, 2, 3, 4, 100], range(3, 10))
print(b)
b = set(range(10))
b.difference_update([1, 2], {3}, range(8, 20))
print(b)
b.symmetric_difference_update([0, 100, 4])
print(b)
b.update("ab")
print(len(b), "a" in b, "c" in b)
f = frozenset([3, 1, 2])
print(f, f.union([4]), f.intersection([1, 2]), f.difference([1]))
print(type(f.union([4])).__name__, type(f.copy()).__name__, f.copy() is f)
print(f.symmetric_difference({1, 9}))
print(f.issubset({1, 2, 3}), f.issuperset([1]), f.isdisjoint([8]))
try:
    f.add(1)
except AttributeError as ex:
    print("AttributeError")
print({1, 2} == {2, 1}, {1, 2} == frozenset([1, 2]), {1} < {1, 2}, {1, 2} <= {1, 2}, {1, 2} > {1}, {1} >= {2})
print(set([1, 2]) != {1, 2})
x = {1, 2, 3}
x &= {2, 3, 4}
print(x)
x -= {2}
print(x)
x ^= {3, 10}
print(x)
x |= {7}
print(x)
try:
    {1} | [2]
except TypeError as ex:
    print("TypeError", ex)
print(set.union({1}, {2}), frozenset.union(frozenset([1]), [3]))
print(set("hello") == set("ohel"))
print(sorted(set("mississippi")))
print({(1, 2), (1, 2)} == {(1, 2)})
try:
    {[1]}
except TypeError as ex:
    print("TypeError", ex)
d = {1: "a", 2: "b"}
print(set(d), set(d.items()) == {(1, "a"), (2, "b")})
