for v in (1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1), len, type, object()):
    print(type(v).__name__)
print(type(1) is int, type(True) is bool, type(True) is int, type(type(1)) is type)
T = type("T", (), {"x": 5})
print(T.__name__, T().x, type(T()).__name__)
