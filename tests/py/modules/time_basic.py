import time
t = time.time()
print(type(t).__name__ in ("float", "int"), t > 1600000000)
time.sleep(0)
time.sleep(0.001)
t2 = time.time()
print(t2 >= t)
print(hasattr(time, "sleep"), hasattr(time, "time"))
