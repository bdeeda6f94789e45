l = []
l.append(1)
l.append("x")
l.extend([2, 3])
l.extend((4,))
l.extend(range(5, 7))
l.extend("ab")
print(l)
l.extend(l)
print(len(l), l[-3:])
l = [1, 2, 3]
l.insert(0, 0)
l.insert(100, 4)
l.insert(-1, 3.5)
l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError as e:
    print("IndexError", e)
try:
    [1].pop(5)
except IndexError as e:
    print("IndexError", e)
l = [1, 2, 3, 2, 1]
l.remove(2)
print(l)
try:
    l.remove(42)
except ValueError as e:
    print("ValueError", e)
print(l.index(1), l.index(1, 1), l.index(3, -3, -1))
try:
    l.index(1, 1, 3)
except ValueError as e:
    print("ValueError", e)
try:
    l.index("zz")
except ValueError as e:
    print("ValueError", e)
print(l.count(1), l.count(9), [[1], [1]].count([1]))
l.reverse()
print(l)
l = [3, 1, 2]
l.sort()
print(l)
l.sort(reverse=True)
print(l)
words = ["bb", "a", "ccc", "dd", "e"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError", e)
try:
    [1].sort(1)
except TypeError as e:
    print("TypeError")
c = l.copy()
c.append(0)
print(l, c)
c.clear()
print(c, len(c))
e = []
e.reverse()
e.sort()
print(e, e.copy())
print([1, 2] + [3], [0] * 3, [1, 2] * 0)
x = [5, 6, 7]
print(x.__getitem__(1), x.__len__(), x.__contains__(7))
x.__setitem__(0, 50)
x.__delitem__(-1)
print(x)
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t.index(2, 2))
try:
    t.index(9)
except ValueError as e:
    print("ValueError", e)
print(().count(1))
print(list.__len__([1, 2]))
m = [1, 2, 3]
for v in m:
    if v < 5:
        m.append(v + 10)
print(m)
m = [1, 2, 3, 4]
for v in m:
    m.remove(v)
print(m)
l = [3, 1, 2]
l.sort(key=None)
print(l)
nested = [[3, 2], [1], []]
nested.sort()
print(nested)
print(sorted([3, 1, 2], reverse=True))
