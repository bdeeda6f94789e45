for op in ("+=", "-=", "*=", "/=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="):
    pass
x = 100
x -= 1; print(x)
x /= 3; print(x)
x = 100
x //= 7; print(x)
x %= 5; print(x)
x **= 10; print(x)
x <<= 3; print(x)
x >>= 5; print(x)
x &= 0xff; print(x)
x |= 0x100; print(x)
x ^= 0x1ff; print(x)
f = 1.5
f *= 4; print(f)
f -= 0.5; print(f)
s = {1, 2}
s |= {3}; s &= {2, 3}; s -= {2}; s ^= {4}
print(sorted(s))
b = 10 ** 20
b += b; print(b)
b -= 10 ** 20 * 2 - 1; print(b)
