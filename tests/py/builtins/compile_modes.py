c1 = compile("x * 2", "<expr>", "eval")
print(eval(c1, {"x": 21}))
c2 = compile("y = x + 1\nprint('exec mode y =', y)", "<stmts>", "exec")
ns = {"x": 1}
exec(c2, ns)
print(ns["y"])
c3 = compile("def sq(n): return n * n", "<def>", "exec")
d = {}
exec(c3, d)
print(d["sq"](12))
try:
    compile("if", "<bad>", "exec")
except SyntaxError:
    print("SyntaxError")
for src in ("1 +", "def f(:", "x = = 1", "return 5"):
    try:
        compile(src, "<s>", "exec")
        print("compiled", src)
    except SyntaxError:
        print("SyntaxError", repr(src))
