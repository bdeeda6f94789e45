# CPython-specific subclasses: RecursionError and UnboundLocalError
print(issubclass(RecursionError, RuntimeError), issubclass(UnboundLocalError, NameError))
def f():
    try:
        return v
    except UnboundLocalError:
        return "UnboundLocalError"
    v = 1
print(f())
