print("chain_b: start")
from mods import chain_c
print("chain_b: end")
value = "b+" + chain_c.value
