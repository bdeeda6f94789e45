import gc
gc.collect()
print("collected")
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
junk = [[i] * 10 for i in range(1000)]
del junk
r = gc.collect()
print(r is None or isinstance(r, int))
