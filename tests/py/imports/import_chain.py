print("main: before")
import mods.chain_a
print("main: after", mods.chain_a.value)
import mods.chain_c
print(mods.chain_c.value, mods.chain_b.value)
