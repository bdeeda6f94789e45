x = 1
for i in range(40):
    x = x * 31 + i
print(x)
print(str(x), repr(x), len(str(x)))
print(str(-x))
print(int(str(x)) == x, int(str(-x)) == -x)
print(hex(x))
print(hex(-x))
print(oct(x))
print(bin(x))
print(int(hex(x), 16) == x, int(bin(x), 0) == x, int(oct(x), 8) == x)
print("%d" % x)
print("{}".format(x))
print(f"{x:,}")
print(f"{x:>70}")
print(str(10 ** 50), str(-(10 ** 50) + 1))
