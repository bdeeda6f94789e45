def outer(x):
    def middle(y):
        def inner(z):
            return x + y + z
        return inner
    return middle
print(outer(1)(2)(3))
def apply_twice(f):
    def g(x):
        return f(f(x))
    return g
print(apply_twice(lambda v: v * 3)(2))
def make_ops():
    def add(a, b):
        return a + b
    def mul(a, b):
        return a * b
    return {"add": add, "mul": mul}
ops = make_ops()
print(ops["add"](2, 3), ops["mul"](2, 3), sorted(ops))
def rec_inner(n):
    def helper(k):
        return 0 if k == 0 else k + helper(k - 1)
    return helper(n)
print(rec_inner(10))
