print(list(map(lambda x: x * 2, [1, 2, 3])))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(str, range(4))), list(map(len, ["", "ab", "abc"])))
print(list(filter(lambda x: x % 2, range(10))), list(filter(None, [0, 1, "", "a", None, [], [0]])))
print(list(zip(range(3), "abcd", [True, False, None])))
print(sorted(map(abs, [-3, 1, -2])))
def compose(*fs):
    def c(x):
        for f in reversed(fs):
            x = f(x)
        return x
    return c
print(compose(str, abs, lambda x: x - 10)(3))
def reduce_(f, seq, init):
    acc = init
    for x in seq:
        acc = f(acc, x)
    return acc
print(reduce_(lambda a, b: a * b, range(1, 8), 1))
m = map(int, "123")
print(next(m), list(m), list(m))
