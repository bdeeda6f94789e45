# bytearray item assignment checks the value before the index: a bad value is
# reported even when the index is also out of range.
b = bytearray(2)
cases = ((5, 256), (5, 1), (0, 256), (0, -1), (0, "a"), (0, 1.5), (-3, 1),
         (1, True), (-1, 255), (5, "x"), (0, None))
for k, v in cases:
    try:
        b[k] = v
        print("ok", k, v, b)
    except Exception as e:
        print(type(e).__name__, e)


class Idx:
    def __index__(self):
        return 7


b[0] = Idx()
print(b)
try:
    b[Idx()] = 300
except Exception as e:
    print(type(e).__name__, e)
