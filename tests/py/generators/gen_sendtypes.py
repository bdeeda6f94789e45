def collector():
    items = []
    while True:
        item = yield len(items)
        if item is None:
            break
        items.append(item)
    yield items
c = collector()
next(c)
for x in (1, "two", [3], {"four": 4}, (5,)):
    print(c.send(x))
print(c.send(None))
