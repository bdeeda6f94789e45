for v in (0, 1, -1, 7, 8, 255, -255, 4096, 2 ** 64, -(2 ** 70)):
    print(hex(v), bin(v), oct(v))
print(hex(True), bin(False))
try:
    hex(1.5)
except TypeError:
    print("TypeError")
