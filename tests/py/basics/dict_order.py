d = {}
for k in ["zeta", "alpha", "mid", "beta"]:
    d[k] = len(k)
print(list(d), list(d.values()))
d["alpha"] = 0
print(list(d))
del d["zeta"]
d["zeta"] = 9
print(list(d.items()))
d2 = dict.fromkeys([3, 1, 2])
print(list(d2))
d2.pop(1)
d2[1] = None
print(list(d2))
big = {}
for i in range(100, 0, -1):
    big[i] = i
print(list(big)[:5], list(big)[-3:])
for i in range(100, 50, -1):
    del big[i]
for i in range(200, 205):
    big[i] = i
print(list(big)[:3], list(big)[-6:])
