import mods.stateful
from mods import stateful
from mods.stateful import add, items
print(add("a"), stateful.add("b"), mods.stateful.add("c"))
print(items, stateful.items is items, mods.stateful.counter)
from mods.stateful import counter
print(counter)
mods.stateful.counter = 100
print(stateful.counter, counter)
