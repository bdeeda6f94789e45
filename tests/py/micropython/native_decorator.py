import micropython
@micropython.native
def double(x):
    return x * 2
@micropython.native
def total(n):
    s = 0
    for i in range(n):
        s += i
    return s
@micropython.native
def gen(n):
    for i in range(n):
        yield i * i
print(double(21), double("ab"), total(100), list(gen(5)))
