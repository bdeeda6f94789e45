s = 0.0
for i in range(1, 100001):
    s += 1.0 / (i * i)
print(s)
x = 1.0
for i in range(1000):
    x = x * 1.0001
print(x)
print(sum(i * 0.5 for i in range(100000)))
v = [i / 7 for i in range(10000)]
print(max(v), min(v), round(sum(v), 6))
