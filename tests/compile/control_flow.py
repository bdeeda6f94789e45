# control flow: if/elif/else, while, for, break/continue, else clauses
def classify(n):
    if n < 0:
        return "neg"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "big"

def loops(xs):
    total = 0
    for x in xs:
        if x % 2:
            continue
        if x > 100:
            break
        total += x
    else:
        total = -1
    i = 0
    while i < 10:
        i += 1
        if i == 5:
            break
    else:
        i = 99
    while True:
        i -= 1
        if not i:
            break
    for j in range(3):
        total += j
    for j in range(1, 10, 2):
        total += j
    for j in range(10, 0, -1):
        pass
    for j in range(len(xs)):
        total += xs[j]
    else:
        total += 1
    return total, i

a = 1 if classify(3) == "small" else 2
x = [classify(i) for i in (-1, 0, 5, 50)]
print(loops([1, 2, 3, 4, 200]), a, x)
print(1 < a < 3, a == 1 or a == 2, not a and x)
