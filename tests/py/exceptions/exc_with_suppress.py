class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            print("suppressed", et.__name__)
            return True
        return False
with Suppress(KeyError):
    {}["x"]
print("continues")
with Suppress(KeyError, IndexError):
    [][0]
try:
    with Suppress(KeyError):
        int("bad")
except ValueError:
    print("ValueError not suppressed")
with Suppress(ValueError):
    print("no exception")
def f():
    for i in range(3):
        with Suppress(ZeroDivisionError):
            print(10 // (1 - i))
    return "done"
print(f())
