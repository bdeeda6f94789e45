class Pos(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(Pos(-5), Pos(3) + 1, isinstance(Pos(1), int), type(Pos(2)).__name__)
class Upper(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
print(Upper("abc"), len(Upper("xy")), Upper("q") == "Q")
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
p = Pair(1, 2)
print(p, p[0], len(p), type(p).__name__)
