d = {}
for round_ in range(20):
    for i in range(2000):
        d[(round_, i)] = i
    for i in range(0, 2000, 2):
        del d[(round_, i)]
print(len(d), d[(19, 1999)], list(d)[:2])
counts = {}
text = "the quick brown fox jumps over the lazy dog " * 2000
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items()))
