for i in range(3):
    for j in range(3):
        if j == 2: break
        if i == 1: continue
        print(i, j)
    else:
        print("inner else", i)
else:
    print("outer else")
n = 0
while n < 5:
    n += 1
    if n == 3: continue
    if n == 10: break
else:
    print("while else", n)
def find(xs, t):
    for i, x in enumerate(xs):
        if x == t:
            break
    else:
        return -1
    return i
print(find([1, 2, 3], 2), find([], 1))
x = 5
r = "big" if x > 3 else "small" if x > 1 else "tiny"
print(r)
if (y := x * 2) > 5:
    print("walrus", y)
data = [1, 2, 3, 4]
while (chunk := data[:2]):
    print(chunk); data = data[2:]
print([z for v in range(5) if (z := v * v) > 4])
print(0 or "", [] or None, 1 and 2, 0 and 1, not [], not 0.0, "a" and "b" or "c")
total = 0
for a, (b, c) in [(1, (2, 3)), (4, (5, 6))]:
    total += a * b + c
print(total)
for k, v in sorted({"b": 1, "a": 2}.items()):
    print(k, v)
i = 0
while True:
    i += 1
    try:
        if i == 2: continue
        if i == 4: break
    finally:
        print("fin", i)
print("end", i)
def early(n):
    for i in range(n):
        for j in range(n):
            if i * j == 2:
                return (i, j)
    return None
print(early(3), early(1))
matrix = [[1, 2], [3, 4]]
print([[row[i] for row in matrix] for i in range(2)], [x for row in matrix for x in row])
print({x % 3 for x in range(10)}, {x: x ** 2 for x in range(3)})
del matrix[0]
print(matrix)
a = b = c = []
a.append(1)
print(b, c is a)
a, b = b, a
x, y = 1, 2
x, y = y, x + y
print(x, y)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
l = [10, 20]
i, l[i] = 1, 99
print(i, l)
