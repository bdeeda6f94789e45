f = 1
for i in range(2, 1001):
    f *= i
s = str(f)
print(len(s), s[:30], sum(int(c) for c in s))
zeros = len(s) - len(s.rstrip("0"))
print(zeros)
print(f % (10 ** 9 + 7), f // 10 ** (len(s) - 5))
print(len(bin(f)) - 2)
