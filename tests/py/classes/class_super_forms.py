class Base:
    def __init__(self):
        self.log = ["Base"]
    def greet(self, x):
        return "Base.greet(%s)" % x
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Mid")
    def greet(self, x):
        return "Mid>" + super().greet(x)
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.log.append("Leaf")
    def greet(self, x):
        return "Leaf>" + super(Leaf, self).greet(x) + "|skip:" + super(Mid, self).greet(x)
l = Leaf()
print(l.log, l.greet(1))
class WithClassMethod(Base):
    @classmethod
    def make(cls):
        return cls.__name__
print(WithClassMethod.make())
