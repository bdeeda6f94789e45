from mods import globals_mod
from mods.globals_mod import read_setting, setting
setting_local = "main's own"
print(read_setting(), setting)
globals_mod.change_setting("changed")
print(read_setting(), globals_mod.setting, setting)
globals_mod.setting = "set from outside"
print(read_setting())
