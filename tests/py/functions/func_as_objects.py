def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = [add, sub, max, min, pow]
print([op(7, 3) for op in ops])
table = {"+": add, "-": sub}
print(table["+"](1, 2), table["-"](1, 2))
alias = add
print(alias(2, 2), alias is add, alias == add)
def call_with(f, *a):
    return f(*a)
print(call_with(len, "four"), call_with(sorted, [3, 1]), call_with(lambda: "no args"))
fs = {}
for name in ("a", "b"):
    def f(n=name):
        return n * 2
    fs[name] = f
print(fs["a"](), fs["b"]())
