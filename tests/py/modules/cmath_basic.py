import cmath
def r(z):
    return complex(round(z.real, 10) + 0.0, round(z.imag, 10) + 0.0)
print(cmath.sqrt(-1), cmath.sqrt(4), r(cmath.sqrt(2j)), r(cmath.exp(1j * cmath.pi)))
print(round(cmath.phase(1j), 10), round(cmath.phase(-1), 10), cmath.phase(1))
print(round(abs(cmath.exp(2j)), 10), r(cmath.log(-1)), r(cmath.log(1j)))
print(round(cmath.pi, 6), round(cmath.e, 6))
