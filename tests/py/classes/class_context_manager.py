class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("acquire", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("release", self.name, et.__name__ if et else None, ev.args if ev else None)
        return self.suppress
with Res("a") as v:
    print("using", v)
try:
    with Res("b"):
        raise ValueError("boom")
except ValueError:
    print("propagated")
with Res("c", suppress=True):
    raise KeyError("swallowed")
print("after suppress")
with Res("outer") as o, Res("inner") as i:
    print(o, i)
def early():
    with Res("ret"):
        return "value"
print(early())
class NoAs:
    def __enter__(self):
        pass
    def __exit__(self, *a):
        pass
with NoAs() as x:
    print(x)
