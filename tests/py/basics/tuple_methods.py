t = (1, 2, 3, 2, 1, 2)
print(t.count(2), t.count(9), t.index(3), t.index(2, 2), t.index(1, 1))
try:
    t.index(7)
except ValueError:
    print("ValueError")
print(().count(1), (None, None).count(None))
print(sorted(t), tuple(sorted(t, reverse=True)), tuple(reversed(t)))
print(max(t), min(t), sum(t), len(t))
