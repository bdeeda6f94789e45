def g():
    try:
        for i in range(10):
            yield i
    finally:
        print("generator finally")
for v in g():
    if v == 2:
        break
    print(v)
print("after loop")
it = g()
next(it)
it.close()
print("explicit close done")
