print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 2), pow(0, 0), pow(10, 20))
print(pow(2, 10, 1000), pow(3, 200, 7), pow(-2, 3, 5), pow(5, 0, 3), pow(12345678901234567890, 3, 97), pow(7, 1, 1))
print(pow(4, 0.5), pow(2, 0.5) ** 2 > 1.99)
try:
    pow(2, 3.0, 5)
except TypeError:
    print("TypeError float with mod")
try:
    pow(2, 3, 0)
except ValueError:
    print("ValueError mod 0")
