def printer(prefix):
    while True:
        msg = yield
        print(prefix, msg)
def broadcaster(targets):
    while True:
        msg = yield
        for t in targets:
            t.send(msg)
p1 = printer("A:")
p2 = printer("B:")
next(p1); next(p2)
b = broadcaster([p1, p2])
next(b)
for m in ("hello", 42, [1, 2]):
    b.send(m)
b.close()
p1.close()
p2.close()
print("closed")
