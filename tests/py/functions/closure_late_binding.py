fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
fs = []
for i in range(3):
    fs.append(lambda i=i: i)
print([f() for f in fs])
def make(n):
    return lambda: n
fs = [make(i) for i in range(3)]
print([f() for f in fs])
def outer():
    x = 1
    def inner():
        return x
    x = 2
    return inner
print(outer()())
def gen_closures():
    res = []
    for name in ["a", "b"]:
        def f(name=name):
            return name.upper()
        res.append(f)
    return res
print([f() for f in gen_closures()])
