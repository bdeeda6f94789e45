# big-int corner cases
a = 2**100
b = -(3**50)
print(a, b)
print(divmod(a, 7), divmod(-a, 7), divmod(a, -7), divmod(-a, -7))
print(a // b, a % b, b // a, b % a)
print(pow(3, 200, 10**9 + 7), pow(2, 10**5, 1000), pow(-3, 101, 97))
print(pow(12345678901234567890, 3, 98765432109876543210))
print(a & b, a | b, a ^ b, ~a, ~b)
print(a >> 3, b >> 3, a << 5, b << 70)
print(-1 >> 100, (-(2**100)) >> 99)
print(int("1" * 40), int("-" + "ff" * 10, 16), int("0b" + "1" * 70, 0))
print(int("z" * 12, 36))
print(hex(a), oct(b), bin(2**65 + 1))
print(abs(b), -a, +b)
print(a == 2**100, a != a + 1, a > b, b < 0)
print(hash(5) == hash(5.0), 2**64 == float(2**64))
print((2**64).to_bytes(9, "big"))
print(int.from_bytes(b"\xff" * 10, "little"))
print(int.from_bytes(b"\x80\x00", "big"))
print((255).to_bytes(2, "little"), (1).to_bytes(1, "big"))
print(str(10**50)[:10], len(str(7**200)))
print(10**30 // 10**15, 10**30 / 10**15)
print((10**40 + 1) % 1000, -(10**40 + 1) % 1000)
print(max(2**70, 3), min(-2**70, 0))
print(sum([2**62, 2**62, 2**62]))
print(2**62 * 4, (2**63 - 1) + 1, -(2**63) - 1)
print(int(1e20), int(-1.5e19), int(2.0**70))
print(bool(2**100), bool(0 * 2**100))
print(7**77 % 13, (7**77) // (3**30))
for s, base in [("12", 2), ("", 10), ("0x", 16), ("9", 8), (" ", 10), ("1__0", 10), ("_1", 10)]:
    try:
        print(int(s, base))
    except ValueError:
        print("ValueError", repr(s))
try:
    int("5", 1)
except ValueError:
    print("ValueError base")
print(int("  -42  "), int("+7"), int("1_000"), int("0o17", 0), int("0X1f", 16))
try:
    print(pow(2, -1, 7))
except ValueError:
    print("ValueError pow")
