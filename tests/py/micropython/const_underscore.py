# In MicroPython, a const() bound to a name starting with an underscore is
# folded at compile time and not stored in the module's globals.
from micropython import const
_HIDDEN = const(123)
VISIBLE = const(456)
print(_HIDDEN + 1, VISIBLE + 1)
g = globals()
print("_HIDDEN" in g, "VISIBLE" in g)
