s = {5, 3, 9, 1}
total = 0
for x in s:
    total += x
print(total, len(s), sorted(s), min(s), max(s), sum(s))
print(sorted(x * 2 for x in s), sorted(s, reverse=True))
words = {"banana", "apple", "cherry"}
print(sorted(words), sorted(w.upper() for w in words))
print(sorted(list(set([3, 3, 2]))))
print(set(range(5)) == set([4, 3, 2, 1, 0]))
