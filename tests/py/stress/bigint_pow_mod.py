p = 2 ** 521 - 1
print(pow(3, p - 1, p))
print(pow(2, 10 ** 6, 10 ** 9 + 7), pow(7, 12345678901234567890, 998244353))
def is_probable_prime(n):
    if n < 2:
        return False
    for q in (2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37):
        if n % q == 0:
            return n == q
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7, 11, 13, 17):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([n for n in range(2, 80) if is_probable_prime(n)])
print(is_probable_prime(p), is_probable_prime(2 ** 127 - 1), is_probable_prime(2 ** 128 + 1))
x = 12345678901234567890 ** 20
print(len(str(x)), x % 97, (x // 3 ** 50) % 1000)
