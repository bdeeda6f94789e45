# Many allocations while containers are being built and modified (exercises GC roots).
sets = []
for n in range(200):
    s = set()
    for i in range(n):
        s.add((i, str(i)))
    sets.append(s)
print(sum(len(s) for s in sets))
u = set()
for s in sets[::20]:
    u = u | s
    u = u & (s | {(-1, "x")})
print(len(u))
d = {}
for i in range(3000):
    d[str(i)] = [i] * 3
    if i % 3 == 0:
        del d[str(i // 2)]
print(len(d), d.get("2999"), d.get("0"))
l = []
for i in range(3000):
    l.append({i: (i, i + 1)})
    if len(l) > 100:
        l.pop(0)
print(len(l), l[0], l[-1])
items = [(i * 7919 % 1000, str(i)) for i in range(2000)]
items.sort(key=lambda p: (p[0], p[1]))
print(items[:3], items[-1])
fs = frozenset((i, i * i) for i in range(500))
print(len(fs), (10, 100) in fs, (10, 101) in fs)
views = [dict.fromkeys(range(i)).keys() for i in range(100)]
print(sum(len(v) for v in views), sorted(views[5] | views[3]))
