import random
random.seed(42)
ok = True
for i in range(2000):
    x = random.random()
    ok = ok and 0.0 <= x < 1.0
    r = random.randint(3, 7)
    ok = ok and 3 <= r <= 7
    r = random.randrange(10)
    ok = ok and 0 <= r < 10
    r = random.randrange(5, 50, 5)
    ok = ok and 5 <= r < 50 and r % 5 == 0
    r = random.randrange(10, 0, -2)
    ok = ok and 0 < r <= 10 and r % 2 == 0
    u = random.uniform(-2, 3)
    ok = ok and -2 <= u <= 3
    b = random.getrandbits(8)
    ok = ok and 0 <= b < 256
print(ok)
seen = set()
for i in range(500):
    seen |= {random.randint(1, 6)}
print(sorted(seen))
big = random.randrange(2**100)
print(0 <= big < 2**100, random.getrandbits(0), 0 <= random.getrandbits(100) < 2**100)
l = list(range(20))
random.shuffle(l)
print(sorted(l) == list(range(20)), len(l))
print(random.choice([7]), random.choice("a") , random.choice((1, 2, 3)) in (1, 2, 3))
s = random.sample(range(100), 10)
print(len(s), len(set(s)), all(0 <= x < 100 for x in s))
random.seed(123); a = [random.random() for i in range(5)]
random.seed(123); b = [random.random() for i in range(5)]
print(a == b)
for f, args in [(random.randrange, (0,)), (random.randint, (5, 1)), (random.choice, ([],)), (random.randrange, (1, 5, 0)), (random.getrandbits, (-1,))]:
    try:
        f(*args)
    except (ValueError, IndexError) as e:
        print(type(e).__name__)
