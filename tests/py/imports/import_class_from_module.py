from mods.simple import Thing
import mods.simple
t = Thing(5)
print(t, isinstance(t, mods.simple.Thing), type(t).__name__, Thing is mods.simple.Thing)
class Sub(Thing):
    def __repr__(self):
        return "Sub:" + super().__repr__()
print(Sub(1), isinstance(Sub(1), mods.simple.Thing))
