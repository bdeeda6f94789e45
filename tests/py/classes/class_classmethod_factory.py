class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def parse(cls, s):
        return cls(*map(int, s.split("-")))
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    def __repr__(self):
        return "%s(%04d-%02d-%02d)" % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.parse("2024-02-29"), MyDate.parse("1999-12-31"), MyDate.epoch(), Date(1, 2, 3).epoch())
counter = {"n": 0}
class Tracked:
    instances = []
    @classmethod
    def create(cls, *a):
        o = cls(*a)
        cls.instances.append(o)
        return o
    def __init__(self, tag):
        self.tag = tag
Tracked.create("a"); Tracked.create("b")
print([t.tag for t in Tracked.instances])
