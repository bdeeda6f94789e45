class Color:
    RED = 1
    GREEN = 2
    BLUE = 3
    @classmethod
    def name_of(cls, v):
        for k in sorted(dir(cls)):
            if not k.startswith("_") and getattr(cls, k) == v:
                return k
        return None
print(Color.RED, Color.name_of(2), Color.name_of(9))
class Enum:
    _members = {}
    def __init__(self, name, value):
        self.name, self.value = name, value
    def __repr__(self):
        return "<%s: %d>" % (self.name, self.value)
states = [Enum(n, i) for i, n in enumerate(["IDLE", "RUN", "STOP"])]
print(states, [s.name for s in states if s.value > 0])
