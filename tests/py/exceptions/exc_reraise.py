def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    f()
except ValueError as e:
    print("caught", e)
def g():
    try:
        1 / 0
    except ZeroDivisionError as e:
        err = e
    raise err
try:
    g()
except ZeroDivisionError:
    print("re-raised saved exception")
def h():
    try:
        raise KeyError("k")
    except KeyError as e:
        try:
            raise
        except KeyError as e2:
            print("inner bare raise", e2 is e)
h()
try:
    raise ValueError
except ValueError as e:
    print(type(e).__name__, e.args)
