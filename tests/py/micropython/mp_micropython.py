import micropython, gc
from micropython import const
A = const(10)
B = const(A * 2)
print(A, B, const("s"), const((1, 2)))
print(micropython.opt_level())
micropython.opt_level(2)
print(micropython.opt_level())
micropython.opt_level(0)
micropython.heap_lock()
micropython.heap_lock()
try:
    x = {"a": 1}
except MemoryError:
    print("locked")
print(micropython.heap_unlock())
try:
    x = [0] * 10
except MemoryError:
    print("still locked")
print(micropython.heap_unlock())
x = [0] * 10
print(len(x))
print(micropython.stack_use() > 0)
def cb(arg):
    print("cb", arg)
micropython.schedule(cb, 42)
print(callable(micropython.mem_info), callable(micropython.qstr_info))
before = gc.mem_free()
big = bytearray(100000)
print(gc.mem_free() < before)
big = None
gc.collect()
print(gc.mem_free() >= before - 1000)
print(gc.threshold() != 0)
