# Sets of ints print in CPython's hash-table order.
print({3, 1, 2})
print({10, 5, 100, 7, 8, 0})
print({8, 0, 16, 24})
print({-1, -2, -3, 5})
print(set(range(20, 0, -1)))
print(set([1000, 33, 65, 97, 1, 129]))
print(frozenset([5, 3, 9, 1]))
print(set())
print(frozenset())
s = set()
for i in [40, 8, 16, 24, 32, 0]:
    s.add(i)
print(s)
s = {x * 7 for x in range(30)}
print(s)
print(sorted(s) == sorted(list(s)))
s = set(range(100))
for i in range(0, 100, 3):
    s.discard(i)
print(s)
for i in range(200, 260, 7):
    s.add(i)
print(s)
print(list({1: 2, 9: 3, 17: 4}.keys()))
print({True, 2, 0})
print({2 ** 40, 2 ** 33, 3})
print({1.5, 2.0, 1})
t = {5, 6}
t |= {1, 2, 3, 4}
print(t)
print({1, 2, 3} | {9, 8, 7})
print({9, 8, 7} | {1, 2, 3})
print({1, 2, 3, 4, 5} & {5, 4, 3, 10})
print({1, 2, 3, 4, 5} - {2})
print({1, 2, 3} ^ {3, 4, 5})
print(set([64, 32, 0, 96, 128, 1]))
big = set()
for i in range(1000):
    big.add((i * 7919) % 10007)
print(list(big)[:20])
print(len(big))
