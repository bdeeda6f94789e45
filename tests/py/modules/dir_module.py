# dir() of a module lists its namespace, not the module type's attributes.
import math
import sys

names = dir(math)
print("sqrt" in names, "pi" in names, "__name__" in names)
print("__getattribute__" in names, "__setattr__" in names, "__eq__" in names)
print(names == sorted(names))
print("path" in dir(sys), "modules" in dir(sys))
print([n for n in dir() if not n.startswith("__")])
