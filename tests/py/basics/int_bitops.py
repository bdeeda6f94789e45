vals = [0, 1, -1, 5, -5, 0xff, -256, 2 ** 40, -(2 ** 40) + 3, 2 ** 70 + 12345]
for a in vals:
    print(a, ~a)
    for b in vals[:6]:
        print(" ", a & b, a | b, a ^ b)
print(0b1100 & 0b1010, 0b1100 | 0b1010, 0b1100 ^ 0b1010)
x = 0xf0
x &= 0x3c
print(x)
x |= 0x101
print(x)
x ^= 0xfff
print(x)
print(True & False, True | False, True ^ True)
print(type(True & True).__name__, type(True & 1).__name__)
