import micropython
old = micropython.opt_level()
print(type(old).__name__)
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
print(micropython.opt_level())
micropython.opt_level(old)
print(micropython.opt_level() == old)
