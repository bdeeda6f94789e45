for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999, 2.675, 1.005, 123.456, -123.456):
    print(v, round(v), round(v, 1), round(v, 2), round(v, 0))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(12345.678, -1), round(12345.678, -2), round(12345, -2), round(12355, -1))
print(round(15, -1), round(25, -1), round(-25, -1), round(7), round(-7, 3))
print(round(1e20), round(0.0), round(-0.0))
print(round(1.23456789, 5), round(9.995, 2))
