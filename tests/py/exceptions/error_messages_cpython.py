# CPython's wording of common TypeError/ZeroDivisionError messages (printed by many programs).
def f(a, b, c, d=4):
    return a + b + c + d


def g(x):
    return x


cases = [
    lambda: f(),
    lambda: f(1),
    lambda: f(1, 2),
    lambda: f(1, c=3),
    lambda: g(),
    lambda: "a" + 1,
    lambda: [1] + (2,),
    lambda: (1,) + [2],
    lambda: [1] * "a",
    lambda: "a" * 1.5,
    lambda: 2.0 * (1, 2),
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: divmod(7, 0),
    lambda: 1 + "a",
    lambda: {} + {},
]
for i, c in enumerate(cases):
    try:
        c()
    except (TypeError, ZeroDivisionError) as e:
        print(i, type(e).__name__, e)
s = "x"
try:
    s += 5
except TypeError as e:
    print("inplace", e)
l = [1]
try:
    l *= 2.0
except TypeError as e:
    print("inplace", e)


def h(a, b=1):
    pass


def z():
    pass


for call in (lambda: h(1, 2, 3), lambda: h(1, 2, 3, 4), lambda: z(1), lambda: g(1, 2), lambda: h()):
    try:
        call()
    except TypeError as e:
        print(e)
