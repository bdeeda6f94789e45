d = {i: str(i) for i in range(10)}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
keys = [k for k in d if k > 4]
for k in keys:
    d.pop(k)
print(d, len(d))
for k, v in sorted(d.items(), reverse=True):
    print(k, v)
