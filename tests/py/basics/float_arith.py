a = 3.5
b = -1.25
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(b ** 2, b ** 3, 2.0 ** 0.5, 4 ** 0.5, 2 ** -2.0)
print(0.1 * 3, 0.1 + 0.1 + 0.1, 1.1 * 1.1)
print(1e308 * 10, -1e308 * 10)
print(1e-320 / 10)
print(7.0 // 2, -7.0 // 2, 7.0 % 2, -7.0 % 2, 7.0 % -2)
print(abs(-2.5), -(-2.5), +2.5)
x = 1.0
for i in range(20):
    x = x * 1.5 - 0.25
print(x)
s = 0.0
for i in range(1, 101):
    s += 1.0 / i
print(s)
try:
    1.0 / 0
except ZeroDivisionError:
    print("ZeroDivisionError /")
try:
    1.0 // 0.0
except ZeroDivisionError:
    print("ZeroDivisionError //")
try:
    1.0 % 0.0
except ZeroDivisionError:
    print("ZeroDivisionError %")
print((-8.0) ** (1 / 3) if False else "skip complex pow")
print(2.0 ** 10, 10.0 ** -3)
