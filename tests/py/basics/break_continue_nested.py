for i in range(4):
    for j in range(4):
        if j == i:
            break
        if j == 1:
            continue
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print(found)
i = 0
while True:
    i += 1
    if i % 2:
        continue
    j = 0
    while True:
        j += 1
        if j > i:
            break
    if i > 6:
        break
print(i, j)
out = []
for a in "abc":
    for b in "xyz":
        if b == "y":
            continue
        out.append(a + b)
print(out)
