s = set()
for i in range(100000):
    s.add(i * 7 % 100003)
print(len(s), 0 in s, 100002 in s, -1 in s)
t = set(range(0, 100000, 3))
u = set(range(0, 100000, 5))
print(len(t & u), len(t | u), len(t - u), len(t ^ u))
strs = {str(i) for i in range(30000)}
print(len(strs), "29999" in strs, sorted(strs)[:3])
