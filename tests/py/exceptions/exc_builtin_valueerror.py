cases = [lambda: int("x"), lambda: int("1.5"), lambda: float("abc"), lambda: [1].index(2),
         lambda: "abc".index("z"), lambda: [].remove(1), lambda: chr(-1), lambda: int("12", 2),
         lambda: bytes.fromhex("g"), lambda: range(0, 1, 0), lambda: "a,b".split(""), lambda: (1, 2).index(3)]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except ValueError as e:
        print(i, type(e).__name__)
a = b = None
try:
    a, b = [1, 2, 3]
except ValueError:
    print("unpack ValueError")
