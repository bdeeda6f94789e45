class Base:
    def __init__(self):
        self._v = 1
    @property
    def v(self):
        return self._v
    @property
    def name(self):
        return "base"
class Child(Base):
    @property
    def name(self):
        return "child/" + super().name
    @Base.v.setter
    def v(self, x):
        self._v = x * 10
c = Child()
print(c.name, c.v)
c.v = 2
print(c.v)
b = Base()
try:
    b.v = 5
except AttributeError:
    print("AttributeError no setter")
print(type(Base.v).__name__)
