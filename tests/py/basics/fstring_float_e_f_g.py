vals = [0.0, 1.0, -1.5, 3.14159265, 123456.789, 1e-7, 1e22, 0.000123, 99999.5, 1e16]
for v in vals:
    print(f"{v:f}|{v:.2f}|{v:e}|{v:.3e}|{v:g}|{v:.3g}|{v:E}|{v:G}")
print(f"{1.5:.0f} {2.5:.0f} {0.125:.2f} {0.375:.2f}")
print(f"{1e100:.3g} {123.0:g} {100000.0:g} {1000000.0:g} {1e-4:g} {1e-5:g}")
print(f"{2.5:10.3f}|{2.5:<10.3e}|{-2.5:^12.2g}|")
print(f"{float('inf'):f} {float('-inf'):e} {float('nan'):g}")
print(f"{1.0:#g}" if False else f"{1.0:.1f}")
