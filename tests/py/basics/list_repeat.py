print([1, 2] * 3, [0] * 0, [None] * -1, 2 * ["a"])
l = [1]
l *= 4
print(l)
l *= 0
print(l)
print(len([0] * 10000))
a = [[]] * 2
a[0].append(1)
print(a)
