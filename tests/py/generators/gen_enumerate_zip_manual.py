def my_enumerate(it, start=0):
    n = start
    for x in it:
        yield n, x
        n += 1
def my_zip(*its):
    iters = [iter(i) for i in its]
    if not iters:
        return
    while True:
        out = []
        for it in iters:
            try:
                out.append(next(it))
            except StopIteration:
                return
        yield tuple(out)
def my_map(f, it):
    for x in it:
        yield f(x)
def my_range(a, b=None, step=1):
    if b is None:
        a, b = 0, a
    while (step > 0 and a < b) or (step < 0 and a > b):
        yield a
        a += step
print(list(my_enumerate("abc", 1)), list(my_zip([1, 2, 3], "ab")), list(my_zip()))
print(list(my_map(str.upper, ["x", "y"])), list(my_range(5)), list(my_range(10, 0, -3)))
print(list(my_enumerate(my_zip(my_range(3), my_range(10, 13)))))
