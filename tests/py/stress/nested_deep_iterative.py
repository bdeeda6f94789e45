root = []
cur = root
for i in range(10000):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
depth = 0
cur = root
while cur:
    cur = cur[-1] if isinstance(cur[-1], list) else None
    depth += 1
print(depth)
d = {}
cur = d
for i in range(5000):
    cur["k"] = {}
    cur = cur["k"]
n = 0
cur = d
while cur:
    cur = cur["k"]
    n += 1
print(n)
