# literals: numbers, strings, bytes, escapes, f-strings, constants, containers, slices, unpacking
a = 0x1F + 0o17 + 0b1010 + 1_000_000
b = 1.5e3, 2.5E-3, .5, 3.
c = 3j, 1 + 2j
d = "tab\there", 'quote\'s', "\x41\101\u00e9", r"raw\n", b"\x00\xff", """triple
quoted""", 'implicit' ' concat'
e = f"{a} and {b!r} and {a:>10} {a:{b[0]}}"
f = [1, 2, 3][::2], "abc"[1:], (1, 2, 3)[:-1], [][:], {"k": 1, "j": [1, 2]}
g, *h = 1, 2, 3
i, (j, k) = 1, (2, 3)
l = {1, 2, 3}
m = ...
n = -5, ~5, +5, not 5, 2 ** 10, 7 // 2, 7 % 3, 1 << 3, 255 >> 2, 6 & 3, 6 | 3, 6 ^ 3
o = 12345678901234567890
p = 1073741823, 1073741824, -1073741824, -1073741825
q = x[1, 2], x[1:2, 3]
r = (yield_ := 5)
a, b = b, a
a, b, c = c, b, a
print(a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p)
