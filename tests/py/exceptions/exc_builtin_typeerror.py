cases = [lambda: 1 + "a", lambda: "a" + 1, lambda: [] + (), lambda: len(5), lambda: None(),
         lambda: 1 < "a", lambda: {1: 2}[[]], lambda: hash([]), lambda: int([]), lambda: "a" * "b",
         lambda: sorted([1, "a"]), lambda: abs("x"), lambda: iter(5), lambda: next([]),
         lambda: (lambda x: x)(), lambda: (lambda: 0)(1), lambda: -"s", lambda: ~1.5]
for i, c in enumerate(cases):
    try:
        c()
        print(i, "no error")
    except TypeError:
        print(i, "TypeError")
