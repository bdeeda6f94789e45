try:
    import micropython
    from micropython import const
except ImportError:
    def const(x): return x
    micropython = None
X = const(10)
Y = const(X * 2)
print(X, Y)
if micropython:
    print(micropython.opt_level() >= 0 if hasattr(micropython, "opt_level") else True)
else:
    print(True)
import time
t0 = time.time()
print(type(t0) in (int, float), time.time() >= t0)
if hasattr(time, "sleep_ms"):
    time.sleep_ms(1)
else:
    time.sleep(0.001)
import os
print(type(os.getcwd() if hasattr(os, "getcwd") else "").__name__, type(os.listdir(".")).__name__)
import gc
gc.collect()
print(gc.isenabled() if hasattr(gc, "isenabled") else True)
