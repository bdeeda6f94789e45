log = []
def source():
    for i in range(5):
        log.append("produce %d" % i)
        yield i
def double(it):
    for x in it:
        log.append("double %d" % x)
        yield x * 2
pipe = double(source())
print(log)
print(next(pipe))
print(log)
print(next(pipe))
print(log)
log.clear()
for v in pipe:
    if v >= 6:
        break
print(log)
