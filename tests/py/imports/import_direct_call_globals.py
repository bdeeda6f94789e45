# Functions of another module called from compiled code run with their own module's globals,
# and the caller's globals are back in place after each call (and after an exception).
from mods import globals_mod
from mods.globals_mod import read_setting, change_setting

setting = "main"


def read_here():
    return setting


def round_trip(v):
    change_setting(v)
    a = read_setting()
    b = read_here()
    c = globals_mod.read_setting()
    return a, b, c, setting


print(round_trip("first"))
print(round_trip("second"))


def bad():
    return change_setting()


try:
    bad()
except TypeError:
    print("TypeError", read_here(), read_setting())
change_setting("module default")
print(read_setting(), setting)
