def g():
    yield 1
    yield 2
it = g()
while True:
    try:
        v = next(it)
    except StopIteration:
        print("done")
        break
    print("got", v)
def uses_next_on_empty():
    it = iter([])
    try:
        yield next(it)
    except StopIteration:
        yield "caught inside generator"
print(list(uses_next_on_empty()))
