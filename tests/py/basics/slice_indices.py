for sl in (slice(None), slice(2, 8), slice(-3, None), slice(None, None, -1), slice(1, 100, 3), slice(-100, -2)):
    print(sl, sl.indices(10))
print(slice(None, None, -2).indices(5))
