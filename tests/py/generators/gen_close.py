def g():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("GeneratorExit received")
        raise
    finally:
        print("cleanup")
it = g()
print(next(it))
it.close()
print("closed")
try:
    next(it)
except StopIteration:
    print("StopIteration after close")
it.close()
u = g()
u.close()
print("closing unstarted runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError:
    print("RuntimeError generator ignored GeneratorExit")
def done():
    yield 1
d = done()
list(d)
d.close()
print("close on finished ok")
