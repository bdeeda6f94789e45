def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), list(countdown(0)))
def pairs(seq):
    it = iter(seq)
    for a in it:
        yield a, next(it, None)
print(list(pairs([1, 2, 3, 4, 5])))
print(type(countdown(1)).__name__)
