def f(x):
    try:
        if x == 0:
            raise ValueError("v")
        if x == 1:
            raise TypeError("t")
        if x == 2:
            raise KeyError("k")
        return "ok"
    except (ValueError, TypeError) as e:
        return "VT:" + type(e).__name__
    except KeyError:
        return "K"
for i in range(4):
    print(f(i))
errs = (ZeroDivisionError, IndexError)
for fn in (lambda: 1 / 0, lambda: [][0], lambda: None):
    try:
        fn()
        print("fine")
    except errs as e:
        print("caught by tuple variable", type(e).__name__)
