vals = [0, 1, -1, 0.0, 0.5, 0j, 1j, "", " ", "0", b"", b"\x00", [], [[]], (), ((),), {}, {0: 0},
        set(), {0}, frozenset(), None, True, False, range(0), range(1), bytearray(), bytearray(1)]
for v in vals:
    r = "T" if v else "F"
    print(r, end=" ")
print()
class Empty:
    pass
print(bool(Empty()))
class WithLen:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(bool(WithLen(0)), bool(WithLen(3)))
class WithBool:
    def __bool__(self):
        return False
print(bool(WithBool()), not WithBool())
if WithLen(0) or WithBool():
    print("true")
else:
    print("false")
n = 0
while [1] * (3 - n):
    n += 1
print(n)
print(all(vals[1:2]), any(vals), all([]), any([]))
