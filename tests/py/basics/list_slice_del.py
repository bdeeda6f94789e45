l = list(range(12))
del l[0]
print(l)
del l[-1]
print(l)
del l[2:4]
print(l)
del l[::2]
print(l)
del l[10:]
print(l)
del l[::-1]
print(l)
l = list(range(5))
del l[:]
print(l)
try:
    del l[0]
except IndexError:
    print("IndexError")
l = [1, 2, 3]
del l[1:1]
print(l)
