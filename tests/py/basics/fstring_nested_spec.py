width = 10
prec = 3
val = 3.14159265
print(f"[{val:{width}.{prec}f}]")
print(f"[{val:>{width}}]")
print(f"[{'abc':{'*'}^{width}}]")
for w in range(3, 8, 2):
    print(f"|{'x':{w}}|{w:{w}d}|")
fmt = ".1e"
print(f"{12345.678:{fmt}}")
align = "<"
print(f"[{7:{align}{width}}]")
