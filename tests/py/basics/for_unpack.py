for a, b in [(1, 2), (3, 4)]:
    print(a + b)
for i, c in enumerate("xyz", 1):
    print(i, c)
for k, v in {"a": 1, "b": 2}.items():
    print(k, v)
for x, y, z in zip([1, 2], "ab", (True, False)):
    print(x, y, z)
for (a, b), c in [((1, 2), 3)]:
    print(a, b, c)
for a, *rest in ["abc", "de"]:
    print(a, rest)
for i in range(3):
    pass
print("loop var survives", i)
for ch in "":
    print("never")
l = [1, 2, 3]
for x in l:
    if x == 2:
        l.append(4) if len(l) < 4 else None
print(l)
