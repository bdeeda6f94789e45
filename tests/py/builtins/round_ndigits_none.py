print(round(2.5, None), round(3.5, None), type(round(2.5, None)).__name__)
print(round(7, None), round(-7.5), round(7.45, 1), round(7.55, 1))
print(round(1e-10, 12), round(123.456, 10), round(1.0e15 + 0.5))
