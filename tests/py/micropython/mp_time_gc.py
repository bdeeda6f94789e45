import time, gc, micropython
t0 = time.ticks_ms()
time.sleep_ms(20)
d = time.ticks_diff(time.ticks_ms(), t0)
print(d >= 15 and d < 2000)
u0 = time.ticks_us()
time.sleep_us(1000)
print(time.ticks_diff(time.ticks_us(), u0) >= 900)
print(time.ticks_add(0, -1), time.ticks_add(2**30 - 1, 1))
print(time.ticks_diff(0, 2**30 - 1), time.ticks_diff(5, 3), time.ticks_diff(3, 5))
print(time.ticks_diff(time.ticks_add(100, 2**29 - 1), 100))
print(isinstance(time.ticks_cpu(), int))
gc.collect()
a = gc.mem_alloc(); f = gc.mem_free()
print(a > 0, f > 0)
x = [list(range(10)) for i in range(1000)]
print(gc.mem_alloc() > a)
x = None
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
gc.threshold(100000); print(gc.threshold())
X = micropython.const(42)
print(X)
def f(a): return a + 1
def g(a): return a * 2
f = micropython.native(f)
g = micropython.viper(g)
print(f(1), g(3))
micropython.heap_lock()
try:
    l = [1, 2, 3] * 100
except MemoryError:
    print("MemoryError")
print(micropython.heap_unlock())
print(micropython.opt_level())
print(isinstance(micropython.stack_use(), int))
micropython.schedule(print, "scheduled")
micropython.kbd_intr(-1)
micropython.alloc_emergency_exception_buf(100)
