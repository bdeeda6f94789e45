from collections import deque
d = deque([], 10)
d.append(1)
d.append(2)
d.appendleft(0)
print(list(d), len(d))
print(d.pop(), d.popleft(), list(d))
d.extend([5, 6])
print(list(d), bool(d))
while d:
    print("pop", d.popleft())
print(len(d), bool(d))
try:
    d.pop()
except IndexError:
    print("IndexError pop empty")
try:
    d.popleft()
except IndexError:
    print("IndexError popleft empty")
q = deque((1, 2, 3), 5)
print(list(q), 2 in q, q[0], q[-1])
