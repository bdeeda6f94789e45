def f():
    try:
        try:
            raise ValueError("original")
        finally:
            print("cleanup")
    except ValueError as e:
        return "caught " + str(e)
print(f())
def g():
    try:
        raise ValueError("lost")
    finally:
        try:
            raise KeyError("in finally, handled")
        except KeyError:
            print("handled inside finally")
try:
    g()
except ValueError as e:
    print("original still propagates:", e)
