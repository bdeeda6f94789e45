def islice(it, start, stop=None, step=1):
    if stop is None:
        start, stop = 0, start
    it = iter(it)
    i = 0
    nxt = start
    for x in it:
        if stop is not None and i >= stop:
            break
        if i == nxt:
            yield x
            nxt += step
        i += 1
def count(n=0):
    while True:
        yield n
        n += 1
print(list(islice(count(), 5)), list(islice(count(), 2, 10, 3)), list(islice("abcdefg", 1, 6, 2)))
print(list(islice([], 3)), list(islice(range(100), 95, 200)))
def cycle(seq):
    while True:
        for x in seq:
            yield x
print(list(islice(cycle("ab"), 5)))
def repeat(x, n):
    for _ in range(n):
        yield x
print(list(repeat("z", 3)), list(repeat(0, 0)))
def pairwise(it):
    it = iter(it)
    prev = next(it, None)
    for x in it:
        yield prev, x
        prev = x
print(list(pairwise([1, 2, 3, 4])), list(pairwise([1])))
