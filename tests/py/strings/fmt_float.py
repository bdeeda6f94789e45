# format specs for float: e f g % n and no type, precision, alternate form, grouping, specials
def F(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__
vals = [0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265, 1234.5678, -1234567.891, 1e16, 1e-5, 1.5e-7, 123456789.0,
        1e22, 1e100, 5e-324, 0.5, 100.0, 9.9999, float("inf"), float("-inf"), float("nan")]
specs = ["", "f", ".0f", ".1f", ".2f", ".10f", "e", ".0e", ".2e", "E", "g", ".0g", ".1g", ".3g", ".10g", "G", "#g",
         "#.3g", "%", ".1%", ".0%", "n", ".3", ".1", ".0", ".12", "10.2f", "<10.2f", "^10.2f", "=+10.2f", "010.2f",
         "+.2f", " .2f", ",", ",.2f", "_.3f", "015,.2f", "#.0f", "#.0e", "#", "z.1f", "+010", "12", "x>12.3e"]
for v in vals:
    print(repr(v), repr("|".join([F(v, s) for s in specs])))
for v in [1.0, 10.0, 100.0, 1000.0, 0.001, 0.0001, 0.00001, 123.456, 99.99, 999.5]:
    print(v, ["{:.{}}".format(v, p) for p in range(0, 5)], ["{:.{}g}".format(v, p) for p in range(0, 5)])
for s in ["d", "x", "c", "s", "b", "abc"]:
    try:
        format(1.5, s)
    except Exception as e:
        print(s, type(e).__name__, e)
print(f"{3.14159:.2f}", f"{2/3:.3}", f"{1e6:,.0f}", f"{0.25:.0%}", f"{-2.5:=+8.1f}")
