# Python floors towards negative infinity
for a in (7, -7, 0, 1, -1, 13, -13):
    for b in (3, -3, 1, -1, 5, -5):
        print(a, b, a // b, a % b, divmod(a, b))
big = 10 ** 25 + 7
for b in (3, -3, 10 ** 12, -(10 ** 12)):
    print(big // b, big % b, (-big) // b, (-big) % b)
for a in (5, -5, 10 ** 20, -(10 ** 20)):
    try:
        a // 0
    except ZeroDivisionError:
        print("zde //")
    try:
        a % 0
    except ZeroDivisionError:
        print("zde %")
