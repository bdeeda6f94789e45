def big_range(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(sum(big_range(100000)))
print(sum(x * x for x in big_range(1000)))
print(max(big_range(50000)), min(x % 17 + 1 for x in big_range(2000)))
