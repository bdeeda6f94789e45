def zip_longest(*its, fill=None):
    iters = [iter(i) for i in its]
    done = [False] * len(iters)
    while True:
        row = []
        for idx, it in enumerate(iters):
            try:
                row.append(next(it))
            except StopIteration:
                row.append(fill)
                done[idx] = True
        if all(done):
            return
        yield tuple(row)
print(list(zip_longest("abc", [1], fill="-")), list(zip_longest()), list(zip_longest([], [])))
def accumulate(it):
    total = 0
    for x in it:
        total += x
        yield total
print(list(accumulate(range(1, 8))), list(accumulate([])))
def dropwhile(pred, it):
    it = iter(it)
    for x in it:
        if not pred(x):
            yield x
            break
    yield from it
print(list(dropwhile(lambda v: v < 3, [1, 2, 5, 1, 2])))
def takewhile(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(takewhile(lambda v: v < 3, [1, 2, 5, 1, 2])))
