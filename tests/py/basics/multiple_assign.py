a = b = c = []
a.append(1)
print(a, b, c)
x, y = 1, 2
x, y = y, x
print(x, y)
a, b, c = "xyz"
print(a, b, c)
p = q = 10
q += 1
print(p, q)
l = [1, 2, 3]
l[0], l[2] = l[2], l[0]
print(l)
i = 0
lst = [10, 20]
i, lst[i] = 1, 99
print(i, lst)
(a, b), [c, d] = "ab", (1, 2)
print(a, b, c, d)
