import math
print(math.sqrt(16), math.floor(5), math.ceil(True), math.fabs(-(10 ** 20)), math.sqrt(10 ** 20))
print(math.trunc(-7.9), math.floor(-7.9), math.ceil(-7.9))
try:
    math.sqrt("4")
except TypeError:
    print("TypeError")
print(math.floor(2 ** 100) == 2 ** 100, type(math.ceil(2 ** 100)).__name__)
