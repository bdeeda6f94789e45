import sys
print("mods.simple" in sys.modules)
import mods.simple
print("mods.simple" in sys.modules, "mods" in sys.modules, sys.modules["mods.simple"] is mods.simple)
print(sys.modules["mods"] is mods)
