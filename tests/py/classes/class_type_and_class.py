class Foo:
    pass
class Bar(Foo):
    pass
b = Bar()
print(type(b).__name__, b.__class__.__name__, type(b) is Bar, b.__class__ is Bar, type(b) == Foo)
print(type(Bar).__name__, type(1).__name__, type("").__name__, type(type).__name__)
print(Bar.__name__, Foo.__name__, int.__name__, type(None).__name__)
c = b.__class__()
print(type(c).__name__)
print(type(3)(7), type("x")(5), type([])((1, 2)))
Dyn = type("Dyn", (Foo,), {"v": 42, "get": lambda self: self.v})
d = Dyn()
print(Dyn.__name__, d.get(), isinstance(d, Foo))
