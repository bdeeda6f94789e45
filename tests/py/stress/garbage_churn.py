import gc
total = 0
for round_ in range(50):
    tmp = [[j] * 10 for j in range(200)]
    total += sum(len(t) for t in tmp)
    d = {k: str(k) for k in range(200)}
    total += len(d)
print(total)
gc.collect()
s = 0
for i in range(20000):
    b = bytearray(64)
    b[0] = i & 0xff
    s += b[0]
print(s)
cycle_count = 0
for i in range(5000):
    a = []
    b = [a]
    a.append(b)
    cycle_count += len(a)
gc.collect()
print(cycle_count)
