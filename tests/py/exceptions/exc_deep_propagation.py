def level(n):
    if n == 0:
        raise LookupError("bottom")
    try:
        level(n - 1)
    finally:
        if n % 10 == 0:
            print("unwinding", n)
try:
    level(35)
except LookupError as e:
    print("caught", e)
def convert(n):
    try:
        level(n)
    except LookupError:
        raise ValueError("converted at top")
try:
    convert(3)
except ValueError as e:
    print(e)
