import time
t = time.time()
print(t > 1.6e9, isinstance(time.time_ns(), int), time.time_ns() > 1.6e18)
m = time.monotonic(); p = time.perf_counter()
time.sleep(0.01)
print(time.monotonic() - m >= 0.009, time.perf_counter() - p >= 0.009)
print(time.gmtime(0)[:8])
print(time.gmtime(1700000000)[:8])
print(time.gmtime(951782400)[:6])  # 2000-02-29
lt = time.localtime(1700000000)
print(len(lt) >= 8, time.mktime(lt) == 1700000000)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError", e)
