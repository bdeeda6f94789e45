def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, p in enumerate(is_p) if p]
ps = sieve(100)
print(ps, len(sieve(10000)))
def matmul(a, b):
    return [[sum(x * y for x, y in zip(row, col)) for col in zip(*b)] for row in a]
m = [[1, 2], [3, 4]]
r = [[1, 0], [0, 1]]
for _ in range(10):
    r = matmul(r, m)
print(r)
def det(m):
    if len(m) == 1: return m[0][0]
    return sum((-1) ** j * m[0][j] * det([row[:j] + row[j + 1:] for row in m[1:]]) for j in range(len(m)))
print(det([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), det([[1.5, 2], [3, 4]]))
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
best = max(range(1, 3000), key=collatz)
print(best, collatz(best))
def gcd(a, b):
    while b: a, b = b, a % b
    return a
print(gcd(2**64, 6**30), gcd(1071, 462), [gcd(i, 12) for i in range(13)])
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0: return "0"
    s = ""
    neg = n < 0
    n = abs(n)
    while n:
        n, d = divmod(n, b)
        s = digits[d] + s
    return "-" * neg + s
print(to_base(255, 2), to_base(-255, 16), to_base(3**40, 36), int(to_base(3**40, 36), 36) == 3**40)
fact = 1
for i in range(1, 30): fact *= i
print(fact, str(fact).count("0"), sum(int(c) for c in str(fact)))
tri = [[1]]
for i in range(8):
    prev = tri[-1]
    tri.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in tri[-3:]:
    print(" ".join("%3d" % v for v in row))
