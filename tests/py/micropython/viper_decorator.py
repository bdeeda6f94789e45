import micropython
@micropython.viper
def add(a: int, b: int) -> int:
    return a + b
@micropython.viper
def loop_sum(n: int) -> int:
    s = 0
    i = 0
    while i < n:
        s += i
        i += 1
    return s
print(add(2, 3), add(-7, 4), loop_sum(1000))
