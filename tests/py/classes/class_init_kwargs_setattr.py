class Config:
    defaults = {"debug": False, "level": 1, "name": "app"}
    def __init__(self, **kw):
        for k, v in self.defaults.items():
            setattr(self, k, kw.pop(k, v))
        if kw:
            raise TypeError("unexpected: " + ", ".join(sorted(kw)))
    def __repr__(self):
        return "Config(%s)" % ", ".join("%s=%r" % (k, getattr(self, k)) for k in self.defaults)
print(Config(), Config(level=3), Config(name="x", debug=True))
try:
    Config(colour="red", bogus=1)
except TypeError as e:
    print(e)
