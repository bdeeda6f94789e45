print("first import")
import mods.side_effect
print("second import")
import mods.side_effect
print("from import")
from mods import side_effect
from mods.side_effect import loads
print(loads, side_effect is mods.side_effect)
def f():
    import mods.side_effect
    return mods.side_effect.loads
print(f())
