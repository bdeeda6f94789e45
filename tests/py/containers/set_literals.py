# Set displays of constants (CPython folds them into frozenset constants).
print({8, 0, 16})
print({0, 8, 16, 24, 32})
print({-1, -2})
print({-1, -2, -3})
print({64, 0, 32, 96, 128, 1, 2, 3})
print({1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13})
print({(1, 2), (0, 0), (2, 1)})
print({100, 200, 300, 400, 500, 600})
a, b, c = 8, 0, 16
print({a, b, c})
print({1.0, 2, 3.5})
