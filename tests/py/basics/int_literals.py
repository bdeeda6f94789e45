print(0x1F, 0X1f, 0o17, 0O17, 0b101, 0B101, 1_000, 0x_ff, 0b_1010_1010, 0o_7_7)
print(0xFFFFFFFFFFFFFFFFFFFF, 0b1 << 64, 1_0000_0000_0000_0000_0000)
print(00, 0, -0, 0x0)
print(type(0x10).__name__, 0xdead_beef)
