a = {1, 2}
for b in ({1, 2}, {1}, {1, 2, 3}, {3}, set()):
    print(sorted(b), a == b, a < b, a <= b, a > b, a >= b, a != b)
