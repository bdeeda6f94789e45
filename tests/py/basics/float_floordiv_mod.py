for a in (5.5, -5.5, 0.75, -0.75, 10.0):
    for b in (1.5, -1.5, 0.25, 4):
        print(a, b, a // b, a % b)
print(-0.0 % 5, 0.0 // 3)
print(1e300 // 1e-10 if False else "skip", 1.0 % 1e300, -1.0 % 1e300)
