from mods.star import *
print(pub_a, pub_func())
try:
    pub_b
except NameError:
    print("pub_b not imported (not in __all__)")
try:
    _hidden
except NameError:
    print("_hidden not imported")
