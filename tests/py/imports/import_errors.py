try:
    import mods.does_not_exist
except ImportError:
    print("ImportError missing submodule")
try:
    from mods.simple import does_not_exist
except ImportError:
    print("ImportError missing name")
try:
    import pkg_missing_entirely_xyz
except ImportError:
    print("ImportError missing package")
import mods.simple
print(mods.simple.CONST)
