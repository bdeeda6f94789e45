class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self
    def __exit__(self, *exc):
        print("exit", self.name, exc[0] is None)
        return False
for i in range(3):
    with CM(i):
        if i == 1:
            break
        print("in body", i)
for i in range(3):
    with CM("c%d" % i) as c:
        if i < 2:
            continue
        print("got", c.name)
def f():
    with CM("ret"):
        return "returned"
print(f())
with CM("a"), CM("b") as b:
    print("both", b.name)
