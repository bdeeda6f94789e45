for v in (float("inf"), float("-inf")):
    try:
        int(v)
    except OverflowError:
        print("OverflowError int(inf)")
try:
    int(float("nan"))
except ValueError:
    print("ValueError int(nan)")
try:
    (1000).to_bytes(1, "big")
except OverflowError:
    print("OverflowError to_bytes")
print(10 ** 400 > 0, 2 ** 10000 % 7, issubclass(OverflowError, ArithmeticError))
