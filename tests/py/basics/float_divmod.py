for a in (7.5, -7.5, 0.0, 1e10, 3.0):
    for b in (2.0, -2.0, 0.3, 7):
        q, r = divmod(a, b)
        print(a, b, q, r)
print(divmod(1, 0.25), divmod(-1, 0.25))
try:
    divmod(1.0, 0)
except ZeroDivisionError:
    print("ZeroDivisionError")
