l = []
l.extend([])
l.extend((1, 2))
l.extend("ab")
l.extend(range(3))
l.extend({"k": 1})
l.extend(x * 10 for x in range(2))
print(l)
l += [9]
l += "z"
print(l)
l.extend(l)
print(len(l))
try:
    l.extend(5)
except TypeError:
    print("TypeError")
try:
    l = l + (1,)
except TypeError:
    print("TypeError list + tuple")
