class Dyn:
    existing = "real"
    def __getattr__(self, name):
        if name.startswith("auto_"):
            return name[5:].upper()
        raise AttributeError(name)
d = Dyn()
print(d.existing, d.auto_foo, getattr(d, "auto_bar"), hasattr(d, "auto_x"), hasattr(d, "nope"))
try:
    d.missing
except AttributeError:
    print("AttributeError")
print(getattr(d, "missing", "default"))
d.existing = "instance"
print(d.existing)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("proxy ->", name)
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
