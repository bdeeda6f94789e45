items = []
counter = 0


def add(x):
    global counter
    items.append(x)
    counter += 1
    return counter
