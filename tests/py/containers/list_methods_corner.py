l = [1, 2, 3]
l.insert(100, "end"); l.insert(-100, "start"); l.insert(-1, "before-last")
print(l)
try:
    l.remove("missing")
except ValueError:
    print("ValueError remove")
print(l.pop(), l.pop(0), l.pop(-2), l)
try:
    [].pop()
except IndexError:
    print("IndexError pop empty")
try:
    [1].pop(5)
except IndexError:
    print("IndexError pop range")
data = [(2, "b"), (1, "a"), (2, "a"), (1, "b"), (0, "z")]
print(sorted(data, key=lambda t: t[0]))
data.sort(key=lambda t: t[0], reverse=True)
print(data)
l = [5, 3, 5, 1, 5]
print(l.index(5), l.index(5, 1), l.index(5, 3, 5), l.count(5), l.count(9))
try:
    l.index(5, 3, 4)
except ValueError:
    print("ValueError index range")
l += (7, 8)
l.extend(x * 10 for x in range(2))
l.extend("ab")
print(l, l * 0, [0] * 3, [[]] * 2)
m = l.copy(); m.clear()
print(m, len(l))
l = list(range(10))
del l[::3]
print(l)
l[1:3] = "xyz"
print(l)
l[::-1] = l[:]
print(l)
l[:] = []
print(l)
a = [3, 1, 2]
b = a
a.sort()
print(b, a.reverse(), a)
print(sorted([3, 1, 2]) == [1, 2, 3], [1, 2] < [1, 2, 0], [1, [2]] == [1, [2]], [] < [0])
try:
    [1, "a"].sort()
except TypeError:
    print("TypeError sort mixed")
words = ["banana", "Apple", "cherry", "apple"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=lambda w: (len(w), w)))
nested = [[3, 2], [1], [2, 2, 2]]
nested.sort(key=len)
print(nested, max(nested), min(nested, key=sum))
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), t[::-1], t + (4,), t * 2, (1,) * 0, tuple(), (1, 2) < (1, 3), (1, 2, 3) > (1, 2))
print([i for i in reversed([1, 2, 3])], list(reversed((1, 2))), [x for x in range(3)][::-1])
x = [1, 2, 3]
y = x[:]
y.append(4)
print(x, y, x is y, x == y[:3])
s = [[0] * 2 for _ in range(2)]
s[0][0] = 1
print(s)
bad = [[0] * 2] * 2
bad[0][0] = 1
print(bad)
print(list(map(list, zip(*[[1, 2, 3], [4, 5, 6]]))))
print([1, 2, 3].__len__(), [1, 2] + [3], 2 in [1, 2], [1, 2].__contains__(3))
