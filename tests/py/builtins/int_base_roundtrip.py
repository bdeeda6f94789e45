digits = "0123456789abcdefghijklmnopqrstuvwxyz"
def to_base(n, b):
    if n == 0:
        return "0"
    neg = n < 0
    n = abs(n)
    out = ""
    while n:
        n, r = divmod(n, b)
        out = digits[r] + out
    return "-" + out if neg else out
for n in (0, 1, -1, 35, 36, 255, -4096, 10 ** 20, 2 ** 100 + 17):
    for b in (2, 3, 8, 16, 36):
        s = to_base(n, b)
        assert int(s, b) == n
    print(n, to_base(n, 2)[:20], to_base(n, 36), int(to_base(n, 7), 7) == n)
