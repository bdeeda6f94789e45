parts = []
for i in range(20000):
    parts.append(str(i))
s = "".join(parts)
print(len(s), s[:20], s[-20:])
t = ""
for i in range(5000):
    t += chr(97 + i % 26)
print(len(t), t[:30], t.count("a"))
u = "ab" * 100000
print(len(u), u.count("ba"), u.find("bb"), u[-3:])
v = "-".join(["x"] * 50000)
print(len(v), len(v.split("-")))
w = "é日" * 10000
print(len(w), len(w.encode()), w[19998:])
