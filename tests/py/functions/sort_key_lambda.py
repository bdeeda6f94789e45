people = [("ann", 31, 5.5), ("bob", 25, 6.1), ("cat", 31, 5.2), ("dan", 19, 5.9)]
print([p[0] for p in sorted(people, key=lambda p: p[1])])
print([p[0] for p in sorted(people, key=lambda p: (-p[1], p[0]))])
print([p[0] for p in sorted(people, key=lambda p: p[2], reverse=True)])
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: (p[1], p[2]))[0])
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: (len(w), w.lower())))
nums = [10, -3, 7, -8, 0]
print(sorted(nums, key=lambda x: x * x), sorted(nums, key=lambda x: -x))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=lambda k: d[k]), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
