# Sets of tuples of ints, bools, floats and big ints follow CPython's hash order too.
print({(1, 2), (3, 4), (0, 0), (2, 1)})
print(set((i, j) for i in range(3) for j in range(3)))
print({(1,), (), (1, 2, 3)})
print(hash((1, 2)) == hash((1, 2)), hash(()) == hash(tuple()))
print({0.5, 1.5, 2.25, -0.5})
print({2 ** 61, 2 ** 62, 1, 2 ** 64 + 3})
print({-1, -2, -3, -4, -5, -6, -7, -8, -9})
print(frozenset({(1, 2), (2, 3)}))
edges = {(1, 2), (2, 3), (3, 1), (4, 5)}
edges.discard((2, 3))
edges.add((9, 9))
print(edges)
print({x % 7 for x in range(100, 50, -3)})
visited = set()
stack = [(0, 0)]
while stack and len(visited) < 12:
    p = stack.pop()
    if p in visited:
        continue
    visited.add(p)
    x, y = p
    stack.extend([(x + 1, y), (x, y + 1)])
print(visited)
d = {}
for t in [(1, 2), (2, 1)]:
    d[t] = hash(t) == hash((t[0], t[1]))
print(d)
