print(list(range(3)), list(range(1, 4)), list(range(10, 0, -3)), list(range(-2, 2)), list(range(0)))
r = range(0, 100, 7)
print(len(r), r[3], r[-1], 49 in r, 50 in r, r.index(49), r.count(14))
print(list(range(2, -2, -1)), range(5)[::2], list(range(5)[::-1]))
print(sum(range(1, 1001)))
for bad in (lambda: range(1.5), lambda: range("3"), lambda: range(1, 2, 0)):
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
