def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    elif n < 100:
        return "medium"
    else:
        return "large"
for n in (-5, 0, 3, 42, 1000, 10 ** 30):
    print(n, classify(n))
x = []
if x:
    print("never")
elif not x:
    print("empty list is falsy")
if 1: print("one-line if")
if 0:
    pass
else:
    print("else branch")
v = 0
if v == 0:
    if v < 1:
        if not v:
            print("deeply nested")
