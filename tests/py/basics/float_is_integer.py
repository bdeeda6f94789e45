for v in (1.0, 1.5, -2.0, 0.0, 1e20, 0.1, -0.0):
    print(v, v.is_integer())
print((7.0).is_integer(), (7.25).is_integer())
