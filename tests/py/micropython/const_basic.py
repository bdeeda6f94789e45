from micropython import const
X = const(10)
Y = const(X * 2 + 1)
MASK = const(1 << 4)
print(X, Y, MASK, X + Y)
def f():
    return X * 3
print(f())
print(type(X).__name__)
