# expect-exit: 1
def gen():
    yield 1
    yield 2
    raise RuntimeError("generator failed")
for v in gen():
    print("got", v)
print("never")
