# f-strings (compiled to str.format by mpy-cross): expressions, specs, conversions, nesting
name = "World"
n = 42
pi = 3.14159
items = [1, 2, 3]
d = {"k": "v"}
width = 10
prec = 3
print(f"Hello {name}!")
print(f"{n} {n + 1} {n * 2:5d} {n:x} {n:#b}")
print(f"{pi:.2f} {pi:{width}.{prec}f} {pi:>{width}}")
print(f"{name!r} {name!s} {name:>10} {name:*^11}")
print(f"{items} {items[0]} {len(items)} {d['k']}")
print(f"{{literal}} {{{n}}}")
print(f"{'nested'} {'a' + 'b'} {str(n)}")
print(f"{n:,} {1234567.891:,.2f} {0.5:.1%}")
print(f"{True} {None} {3 > 2}")
print(f"{-n:+d} {n:+d} {n: d}")
print(f"{'é':^5}|{'ab':<4}|")
x = 5
print(f"{x if x > 3 else -x}")
print(f"{[i * i for i in range(4)]}")
for i in range(3):
    print(f"{i:>3}:{i * 'x':<4}|")
print(f"{name}" f"{n}" "plain")
