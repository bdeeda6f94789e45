class Base:
    base_attr = 1
    def base_method(self):
        pass
class Child(Base):
    child_attr = 2
    def __init__(self):
        self.inst = 3
    def child_method(self):
        pass
print([n for n in sorted(dir(Child)) if not n.startswith("__")])
print([n for n in sorted(dir(Child())) if not n.startswith("__")])
import math
print("sqrt" in dir(math), "pi" in dir(math))
