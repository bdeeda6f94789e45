print(str(), str(1), str(-2.5), str(None), str(True), str([1, "a"]), str((1,)), str({"k": None}), str(b"x"), str(1e16), str(0.1))
print(str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"ab"), "utf-8"))
class S:
    def __str__(self):
        return "custom"
print(str(S()), str(10 ** 30), str(-0.0), str(3 + 0j), str(float("nan")))
print(type(str(5)).__name__, str("already") == "already")
