r = range(0, 20, 2)
print(r[2:5], list(r[2:5]), r[::-1], list(r[::-1]), r[::3], r[-3:], r[100:])
print(list(range(10)[1::2]), list(range(10, 0, -2)[1:3]), list(range(5)[::-2]))
print(range(10)[3:1], list(range(10)[3:1]))
