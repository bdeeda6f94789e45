s = {3, 1, 2, 3, 1}
print(sorted(s), len(s), 1 in s, 5 in s, 5 not in s)
s.add(5)
s.add(1)
print(sorted(s))
s.discard(5)
s.discard(99)
print(sorted(s))
s.remove(1)
try:
    s.remove(1)
except KeyError:
    print("KeyError")
print(sorted(s))
e = set()
print(e, len(e), type(e).__name__)
print(sorted(set("mississippi")), sorted(set([1, 1.0, True])), len({1, 1.0, True}))
p = s.pop()
print(p in (2, 3), len(s))
s.clear()
print(s)
try:
    set().pop()
except KeyError:
    print("KeyError pop empty")
try:
    {[1]}
except TypeError:
    print("TypeError unhashable")
print({1, 2} == {2, 1}, {1} == {1.0}, {(1, 2), (1, 2)} == {(1, 2)})
print(repr({5}), {None})
