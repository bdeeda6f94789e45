from collections import deque
d = deque((), 3)
for i in range(6):
    d.append(i)
    print(list(d))
d.appendleft(100)
print(list(d))
window = deque((), 4)
sums = []
for v in [1, 2, 3, 4, 5, 6, 7]:
    window.append(v)
    sums.append(sum(window))
print(sums)
