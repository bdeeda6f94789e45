class Record:
    fields = ()
    def __init__(self, *args, **kw):
        for f, v in zip(self.fields, args):
            setattr(self, f, v)
        for f, v in kw.items():
            if f not in self.fields:
                raise TypeError("unknown field " + f)
            setattr(self, f, v)
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (f, getattr(self, f)) for f in self.fields))
    def __eq__(self, o):
        return type(self) is type(o) and all(getattr(self, f) == getattr(o, f) for f in self.fields)
    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)
class Point(Record):
    fields = ("x", "y")
class Person(Record):
    fields = ("name", "age")
p = Point(1, y=2)
print(p, p == Point(1, 2), p == Point(2, 1), p.astuple())
print(Person("ann", 30), sorted([Person("b", 2), Person("a", 9)], key=lambda r: r.name))
try:
    Point(1, z=3)
except TypeError as e:
    print(e)
