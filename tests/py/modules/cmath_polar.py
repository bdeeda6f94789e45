import cmath
m, p = cmath.polar(1 + 1j)
print(round(m, 10), round(p, 10))
print(cmath.polar(1), cmath.polar(-2))
z = cmath.rect(2, 0)
print(z.real, round(z.imag, 12))
w = cmath.rect(1, cmath.pi / 2)
print(round(w.real, 10), round(w.imag, 10))
z = 3 + 4j
print(round(abs(cmath.rect(*cmath.polar(z)) - z), 10))
r2 = cmath.sin(0)
print(r2, cmath.cos(0))
