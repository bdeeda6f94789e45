a = 123456789 ** 7
print(a, a.bit_length(), -a >> 10, a & 0xFFFF, a | 1, a ^ a, (a >> 100) << 100 == a - (a & ((1 << 100) - 1)))
print(int.from_bytes(a.to_bytes(32, "little"), "little") == a, (-5).to_bytes(2, "big", signed=True), int.from_bytes(b"\xfb\xff", "little", signed=True))
print((2 ** 200).to_bytes(26, "big")[:3], len((2 ** 200 - 1).to_bytes(25, "big")))
try:
    (256).to_bytes(1, "big")
except OverflowError:
    print("OverflowError to_bytes")
try:
    (-1).to_bytes(1, "big")
except OverflowError:
    print("OverflowError negative")
print(pow(7, 10 ** 20, 13), pow(10 ** 30, 3, 10 ** 9 + 9), pow(-7, 3, 5), pow(3, 0, 1), pow(2, 100, -7) if False else 0)
print(divmod(10 ** 25, 7 ** 9), divmod(-(10 ** 25), 7 ** 9), (10 ** 25) % -(7 ** 9), -(10 ** 25) // -(7 ** 9))
print(abs(-(2 ** 99)), -(2 ** 99) < -(2 ** 98), 2 ** 99 > 2.0 ** 98, 2 ** 99 == 2.0 ** 99, hash(2 ** 99) == hash(2.0 ** 99))
print(int(str(3 ** 300)) == 3 ** 300, len(str(2 ** 3000)), str(-(10 ** 40)), repr(10 ** 20), f"{10 ** 20:,}", "%x" % (16 ** 20))
print(sum(range(10 ** 6)), sum(i * i for i in range(1000)), 2 ** 64 // 3, 2 ** 64 % 1000, (2 ** 64) ** 2)
print(max(2 ** 70, 2 ** 70 + 1), sorted([2 ** 65, -(2 ** 65), 0, 2 ** 64]), min(10 ** 20, 1e20), 10 ** 20 == 1e20)
x = 1
for i in range(1, 60):
    x = x * i + i
print(x % 1000007, x.bit_length(), x // (10 ** 50))
print(round(2 ** 70 + 0.0), int(2.5e20), float(2 ** 70), 2 ** 70 / 2 ** 69, (2 ** 70) * 1.5)
print(bin(-(2 ** 65)), oct(2 ** 65), hex(-(2 ** 65) + 1), int(bin(2 ** 65), 2) == 2 ** 65)
print(True + 2 ** 64, (2 ** 64) * False, -(2 ** 64) * -1, 0 - 2 ** 64, (2 ** 64) // -1)
