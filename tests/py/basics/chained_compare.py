x = 5
print(1 < x < 10, 1 < x > 3, 1 < x < 4, 5 == x == 5.0, 1 < 2 < 3 < 4 < 5 < 4)
print(0 <= x <= 5 <= 5, x != 4 != 4, 1 < 3 > 2 == 2)
calls = []
def v(n):
    calls.append(n)
    return n
print(v(1) < v(2) < v(0) < v(3))
print(calls)
calls.clear()
print(v(3) > v(2) > v(1))
print(calls)
print("a" < "b" < "c", [1] < [2] <= [2], 1 in [1] in [[1]])
print(1 is not None is not False)
