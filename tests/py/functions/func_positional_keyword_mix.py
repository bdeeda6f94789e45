def f(a, b, c):
    return "%s-%s-%s" % (a, b, c)
print(f(1, 2, 3), f(1, c=3, b=2), f(c=1, a=2, b=3), f(*(1, 2), c=3))
for call in (lambda: f(1, 2), lambda: f(1, 2, 3, d=4), lambda: f(1, a=1, b=2, c=3), lambda: f(1, 2, b=3)):
    try:
        call()
    except TypeError:
        print("TypeError")
def g(a, b=2, *, c):
    return a, b, c
print(g(1, c=3), g(1, 5, c=3))
