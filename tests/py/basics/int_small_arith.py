# small integer arithmetic
a = 7
b = 3
print(a + b, a - b, a * b, a // b, a % b, a / b)
print(-a + b, -a - b, -a * b, -a // b, -a % b)
print(a ** 2, a ** 0, 0 ** 0, 1 ** 100)
print(0 + 0, 0 * 12345, 0 - 1)
print(1 - 2 * 3 + 4, (1 - 2) * (3 + 4))
print(100 // 7 * 7 + 100 % 7)
x = 0
for i in range(10):
    x = x * 3 + i
print(x)
print(2 ** 10 - 1, 2 ** 16 + 1)
print(+5, -(-5), --5, -+-5)
print(10 / 4, 10 / 5, -10 / 4)
print(type(10 / 5).__name__, type(10 // 5).__name__)
print(abs(-0), abs(-17), abs(17))
