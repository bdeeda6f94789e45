# The platform module of MicroPython's unix port: three functions returning strings/tuples.
import platform

p = platform.platform()
print(type(p).__name__, len(p) > 0, p.count("-") >= 2)
print(type(platform.python_compiler()).__name__)
lv = platform.libc_ver()
print(type(lv).__name__, len(lv))
