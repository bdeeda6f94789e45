import random
ok = True
for _ in range(1000):
    r = random.random()
    if not (0.0 <= r < 1.0):
        ok = False
print("random in [0,1):", ok)
vals = set()
for _ in range(1000):
    v = random.randint(3, 7)
    vals.add(v)
    if not (3 <= v <= 7):
        ok = False
print("randint bounds:", ok, vals <= {3, 4, 5, 6, 7})
seq = ["a", "b", "c"]
print("choice member:", all(random.choice(seq) in seq for _ in range(100)))
print("randrange:", all(0 <= random.randrange(10) < 10 for _ in range(100)), all(random.randrange(2, 20, 3) % 3 == 2 for _ in range(100)))
print("uniform:", all(1.5 <= random.uniform(1.5, 2.5) <= 2.5 for _ in range(100)))
print("getrandbits:", all(0 <= random.getrandbits(8) < 256 for _ in range(100)))
