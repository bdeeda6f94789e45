for v in (0, 1, -1, 0.0, 1e-300, "", "False", [], [[]], {}, None, (), (None,), 0j, set(), range(0)):
    print(repr(v), bool(v))
print(bool(), bool(bool))
