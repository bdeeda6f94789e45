names = ["a", "b", "c"]
scores = [90, 85]
for i, (n, s) in enumerate(zip(names, scores), 1):
    print(i, n, s)
pairs = list(zip(*enumerate("xyz")))
print(pairs)
idx, vals = zip(*[(1, "p"), (2, "q")])
print(idx, vals)
print(list(enumerate(zip("ab", "cd"))))
