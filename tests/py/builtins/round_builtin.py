for v in (0.5, 1.5, 2.5, -0.5, -1.5, 3.49, 3.51, -2.675):
    print(v, round(v))
print(round(2.675, 2), round(1.25, 1), round(1.35, 1), round(-1.25, 1), round(0.125, 2))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(5, -1), round(15, -1))
print(round(3), round(3, 0), round(3, 2), type(round(3.7)).__name__, type(round(3.7, 1)).__name__)
print(round(10 ** 20 + 5, -1), round(0.0), round(-0.4))
