# expression edge cases: chained comparisons, conditional chains, slices, subscripts, unary, walrus
def f(a, b, c, d):
    r = a < b < c < d
    r = a if b else c if d else a
    r = not a == b
    r = a[b:c:d], a[::], a[:b], a[b:], a[::d], a[b, c:d]
    r = -a + +b - ~c
    r = a is not b, a not in b, a in b, a is b
    r = (a := b) + a
    r = a and b or c and not d
    r = a @ b
    a @= b
    a.b.c.d = 1
    a[1][2] = 3
    a.b[1].c += 2
    x = y = z = a
    a, b = b, a
    a, b, c = c, b, a
    (a, b), c = d
    [a, *b] = c
    r = f(a)(b)(c)
    r = a.b(c).d(e)
    if (n := len(a)) > 10:
        pass
    while (line := a.readline()):
        pass
    return r
