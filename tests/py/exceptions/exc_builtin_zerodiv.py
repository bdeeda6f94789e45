for a, b in ((1, 0), (1.5, 0), (0, 0), (10 ** 30, 0), (1, 0.0), (-1, -0.0)):
    for op in ("/", "//", "%"):
        try:
            eval("a %s b" % op)
            print("no error")
        except ZeroDivisionError:
            print("ZeroDivisionError", a, op, b)
try:
    divmod(5, 0)
except ZeroDivisionError:
    print("divmod ZeroDivisionError")
