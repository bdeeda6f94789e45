import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 80, 6 ** 30))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(30))
try:
    math.factorial(-1)
except ValueError:
    print("ValueError")
