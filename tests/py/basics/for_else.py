for i in range(3):
    pass
else:
    print("done", i)
for i in []:
    print("never")
else:
    print("empty else")
def find(seq, target):
    for i, v in enumerate(seq):
        if v == target:
            print("found at", i)
            break
    else:
        print("not found")
find([1, 2, 3], 2)
find([1, 2, 3], 7)
primes = []
for n in range(2, 30):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
for x in range(3):
    continue
else:
    print("else after continue", x)
