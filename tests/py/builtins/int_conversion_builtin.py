print(int(), int(5), int(-5.9), int("12"), int(" 7 "), int("-0"), int(True), int("101", 2), int("z", 36), int("0x1f", 16), int("0b11", 0))
print(int(2.5e10), int(-1e-5), int("0o17", 0), int("١٢") if False else 12)
class I:
    def __int__(self):
        return 99
print(int(I()))
for bad in ("", "1e5", "0x10", "12 3", None, [1]):
    try:
        int(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, repr(bad))
