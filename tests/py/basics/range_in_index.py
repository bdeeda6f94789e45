r = range(3, 30, 3)
print(3 in r, 4 in r, 27 in r, 30 in r, 0 in r, -3 in r, 3.0 in r, "3" in r)
print(r.index(12), r.count(12), r.count(13))
try:
    r.index(13)
except ValueError:
    print("ValueError")
print(-5 in range(-10, 0), -10 in range(0, -10, -1))
