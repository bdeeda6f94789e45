import gc
print(isinstance(gc.collect(), int))
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
x = [[i] * 10 for i in range(2000)]
gc.enable()
print(gc.isenabled())
del x
for i in range(5):
    gc.collect()
d = {}
for i in range(10000):
    d[i] = str(i) * 3
gc.collect()
print(len(d), d[9999])
