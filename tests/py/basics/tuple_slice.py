t = tuple(range(10))
print(t[2:7], t[::3], t[::-2], t[-4:-1], t[7:2], t[100:], t[-100:2], t[1:9:-1])
print(t[slice(3)], t[slice(2, None)], t[:])
print(t[:] == t)
