print(2 ** 0, 2 ** 1, 2 ** 10, 2 ** 100)
print((-2) ** 3, (-2) ** 4, -2 ** 4)
print(3 ** 40)
print(10 ** 18, 10 ** 19, 10 ** 20)
print(2 ** -1, 4 ** -2, (-2) ** -1)
print(type(2 ** -1).__name__)
print(0 ** 0, 0 ** 5)
print(pow(3, 4), pow(3, 4, 5), pow(2, 100, 1000), pow(-3, 3, 7))
print(pow(7, 0, 13), pow(123456789, 987654321, 1000000007))
print(2 ** 3 ** 2, (2 ** 3) ** 2)
try:
    0 ** -1
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError")
x = 3
x **= 5
print(x)
