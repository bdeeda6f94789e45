n = 100000
l = list(range(n))
print(len(l), l[0], l[-1], sum(l))
sq = [x * x for x in l]
print(sq[99999], sum(sq) % 1000007)
l.reverse()
print(l[:3], l[-3:])
evens = l[::2]
print(len(evens), evens[-1])
l2 = []
for i in range(n):
    l2.append(i % 7)
print(l2.count(3), l2.index(6), max(l2))
del l2[:1000]
print(len(l2))
l3 = [0] * n
l3[n // 2] = 1
print(l3.index(1), sum(l3))
