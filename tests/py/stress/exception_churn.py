caught = 0
for i in range(20000):
    try:
        if i % 2:
            raise ValueError(i)
        else:
            {}[i]
    except ValueError:
        caught += 1
    except KeyError:
        caught += 2
print(caught)
def deep(n):
    if n == 0:
        raise IndexError("bottom")
    try:
        deep(n - 1)
    finally:
        pass
ok = 0
for _ in range(200):
    try:
        deep(50)
    except IndexError:
        ok += 1
print(ok)
