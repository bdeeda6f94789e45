seed = 12345
vals = []
for _ in range(50000):
    seed = (seed * 1103515245 + 12345) % 2147483648
    vals.append(seed % 100000)
s = sorted(vals)
print(s[:5], s[-5:], s[25000])
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)))
vals.sort(reverse=True)
print(vals[:3])
words = ["w%05d" % (v % 997) for v in vals[:20000]]
words.sort(key=lambda w: (w[-1], w))
print(words[:3], words[-1])
