# MicroPython keeps the u-prefixed module names of older releases working: `import utime`
# finds the built-in `time` (the same module object, with its own name) when no module named
# `utime` exists. CPython has no such names (hence the .exp file).
import time
import utime
import ujson
import uasyncio
import asyncio

print(utime is time, utime.__name__)
print(ujson.dumps({"a": [1, 2]}))
print(uasyncio is asyncio)
try:
    import uno_such_module
except ImportError as e:
    print("ImportError")
import sys

print("utime" in sys.modules)
