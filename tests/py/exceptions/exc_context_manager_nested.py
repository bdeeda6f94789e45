class CM:
    def __init__(self, name, swallow=False):
        self.name, self.swallow = name, swallow
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else "-")
        return self.swallow
with CM("outer", swallow=True):
    with CM("inner"):
        raise ValueError
    print("not reached")
print("after")
try:
    with CM("a"), CM("b", swallow=False), CM("c"):
        raise KeyError
except KeyError:
    print("KeyError escaped all")
with CM("x"), CM("y", swallow=True):
    raise IndexError
print("end")
