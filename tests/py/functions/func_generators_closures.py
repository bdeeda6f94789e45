def make_gen(mult):
    def gen(n):
        for i in range(n):
            yield i * mult
    return gen
g2 = make_gen(2)
g5 = make_gen(5)
print(list(g2(4)), list(g5(3)))
def take(n, it):
    out = []
    for x in it:
        if len(out) >= n:
            break
        out.append(x)
    return out
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(take(5, naturals()), take(3, (x * x for x in naturals())))
