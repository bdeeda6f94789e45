import mods.simple
print(mods.simple.CONST, mods.simple.greet("world"), mods.simple.get_const())
print(mods.simple.Thing(3), mods.MODS_INIT, mods.simple._private)
import mods
print(hasattr(mods, "simple"), mods.simple.CONST)
