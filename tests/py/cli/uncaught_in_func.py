# expect-exit: 1
def f(d):
    return d["missing"]
print("before")
try:
    f({})
except KeyError as e:
    print("KeyError", e)
f({})
print("not reached")
