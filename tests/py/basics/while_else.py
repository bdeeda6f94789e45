i = 0
while i < 3:
    i += 1
else:
    print("else ran", i)
while i < 10:
    if i == 5:
        break
    i += 1
else:
    print("not printed")
print("broke at", i)
while False:
    pass
else:
    print("else on never-entered loop")
n = 10
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
