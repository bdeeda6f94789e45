# Lists: negative indices, slices, empty lists, errors and their types.
a = list(range(10))
print(a[-1], a[-10], a[2:5], a[::-3], a[5:2], a[-3:], a[:-7])
for bad in [10, -11]:
    try:
        a[bad]
    except IndexError as e:
        print(type(e).__name__, e)
try:
    a["x"]
except TypeError as e:
    print(type(e).__name__, e)
a[2:5] = ["a"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
del a[::3]
print(a)
del a[:]
print(a, len(a), bool(a))
try:
    a.pop()
except IndexError as e:
    print(e)
b = [1, 2, 3]
b.insert(1, b)
print(len(b), b[1] is b)
print([] == [], [1] < [1, 2], [2] > [1, 5], [1, 2] == (1, 2))
c = [[]] * 3
c[0].append(1)
print(c)
print([1, 2, 3].index(2, -2), [1, 2, 3].index(3, 0, 100))
x = [4, 5]
x += (6,)
x += "ab"
print(x)
x *= 2
print(x)
x.extend(iter([7, 8]))
print(x.count("a"), x.index("b"), x[-1])
y = [1, 2, 3]
y.extend(y)
y.extend(y[:2])
print(y)
z = [3, 1, 2]
print(z.sort() is None, z.reverse() is None, z)
print(list(reversed([1, 2, 3])), [1, 2, 3][::-1])
print(sorted([3, 1, 2], key=lambda v: -v), sorted(["b", "A", "c"], key=lambda s: s.upper() if False else s))
empty = []
print(empty[:], empty[::-1], empty * 5, min([5, 3, 9]), max([[1], [2]]))
s = [5, 1, 4]
s.sort(key=lambda v: v % 2, reverse=True)
print(s)
stab = [(2, "a"), (1, "b"), (2, "c"), (1, "d")]
print(sorted(stab, key=lambda p: p[0], reverse=True))
n = [1, 2, 3, 4, 5, 6]
for v in n:
    if v % 2 == 0:
        n.remove(v)
print(n)
q = [0]
for v in q:
    if v < 5:
        q.append(v + 1)
print(q)
