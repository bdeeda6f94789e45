from collections import deque
d = deque()
d.append(1); d.append(2); d.appendleft(0)
print(d, len(d), d[0], d[-1], list(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4, 5]); d.extendleft([9, 8])
print(d)
d.rotate(2); print(d)
d.rotate(-3); print(d)
d[0] = 100; print(d[0], d.count(4))
d.clear(); print(d, bool(d), len(d))
m = deque([1, 2, 3], maxlen=3)
m.append(4); print(m, m.maxlen)
m.appendleft(0); print(m)
print(deque(range(5), 2), deque().maxlen)
print(deque([1, 2]) == deque([1, 2]), deque([1]) == deque([2]))
for x in deque("abc"):
    print(x, end=" ")
print()
try:
    deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    deque().popleft()
except IndexError as e:
    print("IndexError", e)
try:
    deque([1])[5]
except IndexError as e:
    print("IndexError", e)
q = deque()
for i in range(1000):
    q.append(i)
s = 0
while q:
    s += q.popleft()
print(s, 3 in deque([1, 2, 3]))
