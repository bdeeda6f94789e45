# %-formatting of ints: flags, widths, signs, zero padding, left alignment, precision,
# small and big ints, bools, floats and int subclasses, in str and bytes formats.
vals = [0, 1, -1, 7, -42, 999, 1000, -1000, 2**31, -2**31, 2**47 - 1, -2**47, 2**47, 2**63, -2**70, True, False]
fmts = ["%d", "%i", "%u", "%5d", "%-5d|", "%05d", "%+d", "% d", "%+05d", "%-+6d|", "% 06d", "%06d",
        "%.3d", "%8.4d", "%-8.4d|", "%0*d", "%*d", "%-*d|", "%x", "%#06x", "%3d%%"]
for f in fmts:
    out = []
    for v in vals:
        try:
            if "*" in f:
                out.append(f % (7, v))
            else:
                out.append(f % v)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__)
    print(f, out)


class MyInt(int):
    pass


print("%d %5d %-4d| %03d" % (MyInt(5), MyInt(-3), MyInt(12), MyInt(-7)))
print("%d %d %d" % (3.9, -2.5, 1e20))
print(b"%d|%5d|%-5d|%05d" % (1, -2, 3, -4))
print("%(a)d %(b)05d" % {"a": 12, "b": -3})
print("job #%d %s in %dms " % (17, "done", 4500), "u%d;h%d" % (96, 0))
for bad in ["x", None, [1]]:
    try:
        print("%d" % bad)
    except TypeError as e:
        print("TypeError", e)

# int() of decimal text: signs, whitespace, leading zeros, underscores, 18/19 digits, errors.
for t in ["0", "-0", "+7", "007", " 42 ", "\t-13\n", "1_000", "123456789012345678", "-999999999999999999",
          "1234567890123456789", "99999999999999999999", "", " ", "-", "+", "1 2", "0x10", "12a", "_1", "1_"]:
    try:
        print(repr(t), int(t))
    except ValueError as e:
        print(repr(t), "ValueError", e)
