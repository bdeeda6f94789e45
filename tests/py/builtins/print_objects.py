class P:
    def __str__(self):
        return "P!"
print(P(), [P()] == [P()], 1.0, 1e100, -0.0, 2 ** 100, 3 + 0j, None, ..., b"\x00", bytearray(b"z"))
print({"a": [1, {"b": (2, None)}]}, [[], [()], [{}]], ("t",), ((),))
print("%s" % P(), "{}".format(P()), str(P()))
print(True, False, [True, None])
