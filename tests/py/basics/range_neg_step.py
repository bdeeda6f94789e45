for args in ((10, 0, -1), (10, 0, -3), (0, -10, -2), (-1, -5, -1), (5, 5, -1), (0, 5, -1)):
    r = range(*args)
    print(args, list(r), len(r))
print(list(reversed(range(5))), list(reversed(range(1, 10, 3))))
print(range(10, 0, -2)[-1], range(10, 0, -2).index(4))
