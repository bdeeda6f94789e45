class P:
    def __init__(self):
        self.a = 1
        self.b = [2]
p = P()
print(vars(p))
vars(p)["c"] = 3
print(p.c)
try:
    vars(5)
except TypeError:
    print("TypeError")
