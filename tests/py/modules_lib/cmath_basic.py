import cmath, math
print(cmath.pi == math.pi, cmath.e == math.e)
print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(-4+0j), cmath.sqrt(3+4j))
z = cmath.exp(1j * math.pi)
print(round(z.real, 10), round(z.imag, 10))
print(cmath.log(1), cmath.log(-1), cmath.log(100, 10))
print(cmath.phase(-1), cmath.phase(1j), cmath.phase(1))
print(cmath.polar(1j), cmath.polar(-2))
r = cmath.rect(2, math.pi / 2)
print(round(r.real, 10), round(r.imag, 10))
print(cmath.isnan(complex(math.nan, 0)), cmath.isinf(complex(0, math.inf)), cmath.isfinite(1+1j))
try:
    cmath.log(0)
except ValueError as e:
    print("ValueError", e)
