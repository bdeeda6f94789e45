def echo():
    received = None
    while True:
        received = yield "got %r" % (received,)
        if received == "stop":
            return
e = echo()
print(next(e))
print(e.send(1))
print(e.send("hello"))
try:
    e.send("stop")
except StopIteration:
    print("stopped")
def averager():
    total = 0
    n = 0
    avg = None
    while True:
        x = yield avg
        total += x
        n += 1
        avg = total / n
a = averager()
next(a)
for v in (10, 20, 60):
    print(a.send(v))
g = echo()
try:
    g.send("x")
except TypeError:
    print("TypeError send non-None to fresh generator")
print(g.send(None))
