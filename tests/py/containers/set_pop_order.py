s = {5, 1, 9, 33, 17, 2}
out = []
while s:
    out.append(s.pop())
print(out)
s = set(range(20))
print([s.pop() for _ in range(5)], s)
s.add(0)
s.add(100)
print(s.pop(), s.pop(), s)
f = set([64, 0, 128, 1])
f.discard(0)
f.add(192)
print(f, f.pop(), f)
