class C:
    a = 1
    def __init__(self):
        self.x = 10
        self.y = 20
c = C()
print(vars(c), c.__dict__ == vars(c))
c.__dict__["z"] = 30
print(c.z)
vars(c)["x"] = 11
print(c.x, sorted(vars(c)))
print("a" in C.__dict__, "x" in C.__dict__)
