for v in (0, 1, -1, 7, -(2 ** 65), 2 ** 65):
    print(v, -v, +v, ~v, abs(v), not v)
print(-True, +True, ~True, -False, ~False)
print(- - - 3, ~~5, not not 0)
