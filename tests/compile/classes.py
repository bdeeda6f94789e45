# classes: inheritance, super(), class attributes, properties, staticmethod
class Base:
    count = 0

    def __init__(self, x):
        self.x = x
        Base.count += 1

    def show(self):
        return "Base(%d)" % self.x

    @staticmethod
    def helper(a):
        return a * 2

    @property
    def double(self):
        return self.x * 2


class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y

    def show(self):
        s = super().show()
        return s + " Child(%d)" % self.y

    def cls(self):
        return __class__


class Meta(Base, metaclass=type):
    pass


c = Child(1, 2)
print(c.show(), c.double, Base.helper(3), Base.count)
c.x += 5
c.items = [1, 2, 3]
c.items[0] += 1
del c.items[1]
del c.y
