# a > b falls back to b < a when only __lt__ is defined
class OnlyLt:
    def __init__(self, v):
        self.v = v
    def __lt__(self, o):
        return self.v < o.v
print(OnlyLt(3) > OnlyLt(1), OnlyLt(1) > OnlyLt(3), sorted([OnlyLt(2), OnlyLt(1)])[0].v)
class OnlyLe:
    def __init__(self, v):
        self.v = v
    def __le__(self, o):
        return self.v <= o.v
print(OnlyLe(2) >= OnlyLe(2), OnlyLe(1) >= OnlyLe(2))
