registry = {}
def register(cls):
    registry[cls.__name__] = cls
    return cls
def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_greeting
class Alpha:
    pass
@register
class Beta(Alpha):
    pass
print(sorted(registry), Alpha().greet(), Beta().greet())
def with_repr(cls):
    def __repr__(self):
        return "<%s %s>" % (cls.__name__, sorted(self.__dict__.items()))
    cls.__repr__ = __repr__
    return cls
@with_repr
class Pt:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Pt(1, 2), [Pt(0, 0)])
