for v in (1, -1.5, "s", "it's", 'q"q', b"b\x00", None, True, [1, "a"], (1,), (), {"k": [1]}, 1 + 2j, range(3), slice(1, 2), 10 ** 25, float("inf"), "日本\n"):
    print(repr(v))
print(repr(repr("x")), repr(str(5)))
