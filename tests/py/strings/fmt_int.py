# format specs for int and bool: types, alignment, sign, #, 0, grouping
def F(v, s):
    try:
        return format(v, s)
    except Exception as e:
        return type(e).__name__
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

vals = [0, 1, -1, 7, 42, -42, 255, 1234, -1234567, 10**20, -(2**70), True, False]
specs = ["", "d", "5", "<5", ">6", "^7", "=8", "+", "-", " ", "+5", "05", "010", "-010", "+010", "x<8", "*^9", "0=8",
         ",", "_", "12,", "012,", "015_", "b", "o", "x", "X", "#b", "#o", "#x", "#X", "#010x", "_b", "_x", "#_x", "n",
         "c", "e", ".2f", "%", "g", ".3", "08.2f", "<+#012_X"]
for v in vals:
    print(repr(v), repr("|".join([F(v, s) for s in specs])))
print(format(65, "c"), format(0x1F600, "c"), format(233, "^5c"))
show(lambda: format(1, ".2d"))
show(lambda: format(1, ",x"))
show(lambda: format(1, ",b"))
show(lambda: format(1, "+c"))
show(lambda: format(1, "#c"))
show(lambda: format(1, ",c"))
show(lambda: format(0x110000, "c"))
show(lambda: format(-1, "c"))
show(lambda: format(1, "s"))
show(lambda: format(1, "z"))
show(lambda: format(1, "abc"))
show(lambda: format(1, ",_"))
show(lambda: format(1, "_n"))
show(lambda: format(1, "99999999999999999999999"))
show(lambda: format(1, "1."))
show(lambda: format(True, "s"))
print(format(10**30, ","), format(-10**30, "_x"), format(2**64, "#o"))
print(f"{1234567:,}", f"{255:#06x}", f"{-3:+04d}", f"{True:d}", f"{False}", f"{7:b}")
