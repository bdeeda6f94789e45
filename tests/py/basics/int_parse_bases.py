print(int("0"), int("-0"), int("+17"), int("  42  "), int("-99"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0))
print(int("777", 8), int("0o777", 0), int("0o17", 8))
print(int("1010", 2), int("0b1010", 0), int("-0b11", 0))
print(int("z", 36), int("ZZ", 36), int("10", 36))
print(int("1_000_000"), int("0x_ff", 16), int("12345678901234567890123"))
print(int("-123456789012345678901234567890", 10))
print(int("7fffffffffffffffffff", 16))
print(int(3.99), int(-3.99), int(True), int(False), int(1e20))
for bad in ("", "abc", "1.5", "0x", "1__0", "_1", "12a", " "):
    try:
        int(bad)
        print("no error", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
for s, base in (("9", 8), ("2", 2), ("g", 16)):
    try:
        int(s, base)
    except ValueError:
        print("ValueError", s, base)
try:
    int("10", 1)
except ValueError:
    print("bad base")
print(int("010", 10), int("0", 0))
