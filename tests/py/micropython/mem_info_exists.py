# mem_info() prints machine-dependent numbers, so only check it exists.
import micropython
print(callable(micropython.mem_info), callable(micropython.const))
print(hasattr(micropython, "opt_level"))
