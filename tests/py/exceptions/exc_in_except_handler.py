def f():
    try:
        raise ValueError("a")
    except ValueError:
        raise KeyError("b")
try:
    f()
except KeyError as e:
    print("KeyError", e.args)
def g():
    try:
        raise ValueError
    except ValueError:
        try:
            raise TypeError
        except TypeError:
            pass
        return "recovered"
print(g())
