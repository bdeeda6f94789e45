l = list(range(10))
l[2:5] = ["a", "b"]
print(l)
l[:0] = [-2, -1]
print(l)
l[len(l):] = [100]
print(l)
l[1:3] = []
print(l)
l[::2] = [0] * len(l[::2])
print(l)
l[:] = "xyz"
print(l)
l[1:1] = [1, 2, 3]
print(l)
l[-1:] = (9, 9)
print(l)
try:
    l[::2] = [1]
except ValueError:
    print("ValueError")
l[10:20] = [7]
print(l)
l[5:2] = ["q"]
print(l)
m = [1, 2, 3]
m[0:3] = m
print(m)
m[::-1] = [7, 8, 9]
print(m)
