l = [3, 1, 2]
l.append(4)
print(l)
l.extend([5, 6])
print(l)
l.insert(0, 0)
l.insert(100, 99)
l.insert(-1, 98)
l.insert(-100, -1)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(2)
print(l)
print(l.index(5), l.count(1), l.count(42))
l.reverse()
print(l)
c = l.copy()
c.append("c")
print(l, c)
l.clear()
print(l, len(l))
try:
    [].pop()
except IndexError:
    print("IndexError pop empty")
try:
    [1].remove(2)
except ValueError:
    print("ValueError remove")
try:
    [1, 2].index(3)
except ValueError:
    print("ValueError index")
m = [1, 2, 1, 2, 1]
print(m.index(1, 1), m.index(2, 2, 4))
print(list(), list("ab"), list(range(3)), list((1, 2)), list({"a": 1}))
