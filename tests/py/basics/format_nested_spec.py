print("{:{}}|".format("x", 5), "{:>{w}}|".format("y", w=4), "{:{f}^{w}}".format("c", f="*", w=7))
print("{0:.{1}f}".format(3.14159, 2), "{:{}.{}f}".format(2.71828, 10, 3))
for w in (1, 4, 8):
    print("[{:^{}}]".format("ab", w))
print("{:{}{}}".format(5, "0", 4))
