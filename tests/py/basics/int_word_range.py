# Ints just past the 48-bit small-int range (kept as boxed machine words) and beyond.
a = 2**50
b = a * 3 + 7
print(a, b, -b, b // 7, b % 1000, b >> 3, b << 5, b & 0xffff, b | 1, b ^ a, hex(b), str(b), repr(-b))
print(hash(b) == hash(2**50*3+7), {b: 1}[2**50 * 3 + 7], b == 3*2**50+7, b < 2**60, b > -b, abs(-b))
print(float(b), int(b), b * b, (b * b) // b == b, pow(b, 2, 1000003), divmod(-b, 12345))
h = 0
for c in "hello world" * 10:
    h = (h * 1000003 + ord(c)) & 0xFFFFFFFFFFFFFFFF
print(h, h.bit_length() if hasattr(h, 'bit_length') else 0)
print([0] * 3, "ab" * (2**62 - 2**62 + 2), b.to_bytes(8, 'little'), int.from_bytes(b.to_bytes(8, 'big'), 'big') == b)
print(-(2**63), 2**63 - 1, 2**63, -(2**63) - 1, (2**63 - 1) + 1, -(2**63) * -1)
l = list(range(10)); print(l[2**60:], l[-2**60:3])
print(sorted([b, 3, -b, 2**70, 5]), max(b, 2**49), min(-b, 0), sum([b, b, b]))
