class E:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        print("eq called")
        return self.v == o.v
print(E(1) != E(1), E(1) != E(2))
class R:
    def __eq__(self, o):
        return NotImplemented
print(R() == R(), R() != R())
class Left:
    def __eq__(self, o):
        print("Left.__eq__")
        return NotImplemented
class Right:
    def __eq__(self, o):
        print("Right.__eq__")
        return True
print(Left() == Right())
