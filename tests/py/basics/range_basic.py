print(list(range(5)), list(range(2, 5)), list(range(0, 10, 3)), list(range(5, 0, -1)))
print(list(range(0)), list(range(5, 2)), list(range(-3)), list(range(0, 10, -1)))
r = range(1, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step)
print(range(3), range(1, 5), range(0, 10, 2), repr(range(5, 1, -1)))
print(len(range(10 ** 6)), len(range(0, 1000, 7)))
try:
    range(1, 5, 0)
except ValueError:
    print("ValueError step 0")
try:
    range(3)[3]
except IndexError:
    print("IndexError")
print(sum(range(101)), max(range(7)), min(range(3, 9)))
print(range(0, 5) == range(0, 5), range(0) == range(1, 1), range(0, 3) == range(0, 4))
print(bool(range(0)), bool(range(1)))
print(type(range(1)).__name__)
