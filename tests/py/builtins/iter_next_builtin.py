it = iter([1, 2])
print(next(it), next(it), next(it, "dflt"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(iter("abc")), list(iter((1,))), sorted(iter({3, 1})), list(iter({"k": 1})))
it2 = iter([1, 2, 3])
print(iter(it2) is it2)
for bad in (5, None):
    try:
        iter(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
