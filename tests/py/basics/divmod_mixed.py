print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(0, 3))
print(divmod(10 ** 30, 7), divmod(-(10 ** 30), 10 ** 15))
print(divmod(5.5, 2), divmod(True, 2), divmod(7, True))
try:
    divmod(1, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
try:
    divmod("a", 1)
except TypeError:
    print("TypeError")
