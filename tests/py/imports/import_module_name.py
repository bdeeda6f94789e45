import mods.simple
import pkg.sub.sibling
import mods
print(__name__)
print(mods.simple.__name__, mods.simple.NAME, pkg.sub.sibling.__name__, mods.__name__)
import sys
print(sys.__name__)
