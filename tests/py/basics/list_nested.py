grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
print(grid)
bad = [[0] * 3] * 3
bad[0][0] = 1
print(bad)
m = [[1, 2, 3], [4, 5, 6]]
print([list(r) for r in zip(*m)])
print([x for row in m for x in row])
print(m[1][-1], m[-1][0], len(m), len(m[0]))
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0])
def flatten(x):
    out = []
    for i in x:
        if isinstance(i, list):
            out.extend(flatten(i))
        else:
            out.append(i)
    return out
print(flatten(deep))
r = []
r.append(r)
print(len(r), r[0] is r)
