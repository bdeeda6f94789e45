class Base:
    def run(self):
        raise NotImplementedError("subclass must implement")
try:
    Base().run()
except NotImplementedError as e:
    print(type(e).__name__, e)
except RuntimeError:
    print("not this")
print(NotImplemented is NotImplemented, type(NotImplemented).__name__)
class Cmp:
    def __eq__(self, o):
        return NotImplemented
print(Cmp() == 1, 1 == Cmp(), Cmp() != 1)
