print("chain_a: start")
from mods import chain_b
print("chain_a: end")
value = "a+" + chain_b.value
