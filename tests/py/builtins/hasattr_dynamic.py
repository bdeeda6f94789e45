class Lazy:
    def __getattr__(self, name):
        if name == "computed":
            return 42
        raise AttributeError(name)
l = Lazy()
print(hasattr(l, "computed"), hasattr(l, "other"), getattr(l, "computed"), getattr(l, "other", "dflt"))
class Raises:
    @property
    def bad(self):
        raise AttributeError("inside property")
    @property
    def good(self):
        return "ok"
print(hasattr(Raises(), "bad"), hasattr(Raises(), "good"))
