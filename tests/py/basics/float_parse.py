for s in ("0", "1", "-1.5", "  2.25  ", "1e3", "1E-3", "+.5", "5.", "-.0", "1_000.5", "inf", "-nan", "3.14159265358979", "1e400", "-1e400", "1e-400", "0x10" ):
    try:
        print(repr(s), float(s))
    except ValueError:
        print(repr(s), "ValueError")
for bad in ("", "abc", "1.2.3", "e5", "1e", "--1", " "):
    try:
        float(bad)
        print("no error", repr(bad))
    except ValueError:
        print("ValueError", repr(bad))
print(float(5), float(-0), float(2 ** 80))
