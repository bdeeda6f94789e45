words = ["banana", "Apple", "cherry", "date", "Elderberry", "fig"]
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
print(sorted(words, key=lambda w: w[-1]))
print(sorted(words, key=lambda w: (len(w), w)))
words.sort(key=len, reverse=True)
print(words)
recs = [{"n": "x", "a": 30}, {"n": "y", "a": 25}, {"n": "z", "a": 30}]
print([r["n"] for r in sorted(recs, key=lambda r: r["a"])])
print(sorted([-3, 2, -1, 4], key=abs))
print(max(words, key=len), min(words, key=len))
print(sorted([[3, 1], [1, 2], [2, 0]], key=lambda p: p[1]))
