# MicroPython keeps no symbolic locals: locals() inside a function is the module's globals
# (documented difference), so this file has a .exp with MicroPython's output.
def f(a, b=2):
    c = a + b
    return sorted(k for k in locals() if not k.startswith("__"))
print(f(1))
def g2():
    return [k for k in sorted(locals()) if not k.startswith("__")]
print(g2())
def h(*args, **kw):
    return sorted(k for k in locals() if k[0] != "_")
print(h(1, k=2))
print(locals() is globals())
