import mods.uses_other as u
print(u.double_const(), u.base(), u.simple.CONST)
import mods.simple
mods.simple.CONST = 1
print(u.double_const(), u.base())
