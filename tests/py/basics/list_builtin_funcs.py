l = [4, -2, 7, 0, 7]
print(len(l), sum(l), max(l), min(l), sorted(l), list(reversed(l)))
print(l.index(7), l.count(7), any(l), all(l), all([1, 2]))
print(list(enumerate(l))[:2], list(zip(l, l[1:])))
print(list(map(abs, l)), list(filter(None, l)))
print([i for i, v in enumerate(l) if v == 7])
