n = 100000
d = {}
for i in range(n):
    d[i] = i * 2
print(len(d), d[0], d[n - 1], sum(d.values()) == n * (n - 1))
for i in range(0, n, 2):
    del d[i]
print(len(d), 2 in d, 3 in d, next(iter(d)))
s = {}
for i in range(20000):
    s["key%d" % i] = i
print(len(s), s["key19999"], list(s)[:3])
inv = {v: k for k, v in s.items()}
print(inv[123], len(inv))
t = {(i, i + 1): i for i in range(30000)}
print(t[(500, 501)], (1, 3) in t)
