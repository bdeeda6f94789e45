data = [3, 1, 4, 1, 5, 0, 9, 2]
it = iter(data)
print(list(iter(lambda: next(it), 0)))
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 5)))
lines = iter(["a", "b", "", "c"])
print(list(iter(lambda: next(lines), "")))
