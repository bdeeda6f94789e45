import pkg.sub.leaf as leaf
print(leaf.leaf_fn())
import pkg.core as core
print(core.core_fn(), core.CORE_NAME)
import mods.simple as simple
print(simple.NAME)
