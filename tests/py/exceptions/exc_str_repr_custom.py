class E1(Exception):
    pass
class E2(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
for e in (E1(), E1("msg"), E1(1, 2), E2("first", "second")):
    print(type(e).__name__, repr(str(e)), e.args)
try:
    raise E2("x", "y")
except E2 as e:
    print(e, e.b)
