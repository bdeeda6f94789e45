print(abs(-5), abs(5), abs(0), abs(-0.0), abs(-2.5), abs(3 + 4j), abs(-10 ** 30), abs(True), abs(-float("inf")))
class A:
    def __abs__(self):
        return "custom abs"
print(abs(A()))
try:
    abs("x")
except TypeError:
    print("TypeError")
