# a '.' ends a number literal once it has one (or an exponent): 1.5.real is (1.5).real
print(1.5.real, 1.5.imag, 2.5.is_integer() if hasattr(2.5, "is_integer") else False, 1e3.real, 1 .real)
print(0x1f, 0o17, 0b101, 1_000.5, 1.e3, [1., 2.], 3.14j, 1_0.5e-1_0)
print(4.0.__add__(1) if hasattr(4.0, "__add__") else 5.0)
