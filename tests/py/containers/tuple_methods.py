t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(5), t.index(2), t.index(2, 2), t.index(1, -1))
try:
    t.index(7)
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.index(3, 0, 2)
except ValueError as e:
    print(type(e).__name__)
print(t[::-1], t[1:3], t[-2:], t + (9,), t * 2, () * 3)
print((1,) == (1,), (1, 2) < (1, 3), (2,) > (1, 9), len(()), (1, [2])[1])
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    t[10]
except IndexError as e:
    print(type(e).__name__, e)
print(tuple([1, 2]), tuple("ab"), tuple(), tuple(range(3)), tuple({1: 2}))
print(t.__len__(), t.__getitem__(-1), t.__contains__(3), list(t.__iter__()))
a, *b = (1, 2, 3)
print(a, b)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
try:
    hash((1, [2]))
except TypeError as e:
    print(type(e).__name__, e)
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0], nested.count((1, 2)), nested.index((3, (4, 5))))
print(sorted(((2, "b"), (1, "z"), (2, "a"))))
