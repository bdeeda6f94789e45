# constant expressions that raise at run time must not be folded away at compile time
for name, f in [("pow", lambda: 2.0 ** 10000), ("pow neg", lambda: (-2.0) ** 10001),
                ("pow int float", lambda: 2 ** 10000.0), ("square", lambda: 1e200 ** 2),
                ("div", lambda: 1 / 0), ("mod", lambda: 1 % 0), ("fdiv", lambda: 1.0 // 0),
                ("neg pow", lambda: 0 ** -1), ("shift", lambda: 1 << -1)]:
    try:
        print(name, f())
    except (OverflowError, ZeroDivisionError, ValueError) as e:
        print(name, type(e).__name__)
try:
    2.0 ** 10000
    print("no error")
except OverflowError:
    print("statement OverflowError")
print(1e300 * 1e300, -1e300 * 1e300, 2.0 ** 1000, 2 ** -1, (-8) ** 3, 10 ** -3, 2 ** 0.5)
