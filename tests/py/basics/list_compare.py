print([1, 2] < [1, 3], [1, 2] < [1, 2, 3], [] < [1], [2] > [1, 5], [1, 2] == [1, 2])
print([1, [2, 3]] == [1, [2, 3]], [1, [2, 3]] < [1, [2, 4]])
print([1] == (1,), [1] != (1,), [] == [], [0] == [False])
print(sorted([[3], [1, 2], [1], []]))
try:
    [1] < (1,)
except TypeError:
    print("TypeError")
a = [1, 2]
b = a
c = a[:]
print(a == b, a == c, a is b, a is c)
