print(eval("1 + 2 * 3"), eval("'ab' * 2"), eval("[x * x for x in range(4)]"), eval("5"))
x = 10
print(eval("x + 1"), eval("x * y", {"x": 3, "y": 4}), eval("a", {}, {"a": "local"}))
ns = {}
exec("def f(n):\n    return n * 2\nresult = f(21)", ns)
print(ns["result"], ns["f"](5))
exec("z = 99")
print(z)
g = {"v": 1}
exec("v += 1\nw = v * 10", g)
print(g["v"], g["w"])
code = compile("3 ** 4", "<string>", "eval")
print(eval(code))
code2 = compile("out.append('ran')", "<string>", "exec")
out = []
exec(code2)
exec(code2)
print(out)
print(exec("1 + 1"))
try:
    eval("1 +")
except SyntaxError:
    print("SyntaxError")
try:
    exec("undefined_name_abc")
except NameError:
    print("NameError")
