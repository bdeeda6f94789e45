a = 1 + 2j
b = 3 - 1j
print(a + b, a - b, a * b, a / b)
print(a + 1, 1 + a, a * 2, 2.5 * a, a / 2)
print(a ** 2, a ** 0, (-1 + 0j) ** 0.5 == 1j or True)
print(-a, +a, abs(3 - 4j))
try:
    a / 0
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    a < b
except TypeError:
    print("TypeError ordering")
x = 1j
x *= 1j
print(x)
x += 5
print(x)
print(sum([1j, 2, 3.5]))
