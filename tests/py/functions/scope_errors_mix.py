x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print("UnboundLocalError", isinstance(e, NameError))
def g():
    global y
    y = 10
    del y
g()
try:
    print(y)
except NameError:
    print("NameError y")
def a():
    v = 0
    def b():
        def c():
            nonlocal v
            v += 1
            return v
        return c
    inc = b()
    inc(); inc()
    return v
print(a())
def deflt(n=[], m={}):
    n.append(len(n)); m[len(m)] = 1
    return len(n), len(m)
print(deflt(), deflt(), deflt([]))
def kwargs(a, *b, c=1, **d):
    return a, b, c, d
print(kwargs(1), kwargs(1, 2, 3, c=4, e=5), kwargs(*[1, 2], **{"c": 3, "z": 0}))
for call in [lambda: kwargs(), lambda: kwargs(1, a=2), lambda: (lambda q: q)(r=1), lambda: (lambda: 0)(1)]:
    try:
        call()
    except TypeError:
        print("TypeError")
def rec(n):
    return rec(n + 1)
try:
    rec(0)
except RuntimeError:
    print("RuntimeError recursion")
class K:
    v = 5
    try:
        w = [v for _ in range(2)]
    except NameError:
        w = "NameError in class comprehension"
    u = [i * 2 for i in range(3)]
print(K.w, K.u)
def outer():
    items = []
    for i in range(3):
        items.append(lambda i=i: i * i)
    return [f() for f in items]
print(outer())
z = 5
def read_global(): return z
z = 6
print(read_global())
def shadow_builtin():
    len = lambda s: -1
    return len("abc")
print(shadow_builtin(), len("abc"))
try:
    del undefined_name
except NameError:
    print("NameError del")
lst = [1, 2, 3]
del lst[0], lst[-1]
print(lst)
d = {"a": 1}
try:
    del d["b"]
except KeyError as e:
    print("KeyError", e)
class Obj: pass
o = Obj()
try:
    del o.attr
except AttributeError:
    print("AttributeError del")
import math as m, sys as s2
from math import sqrt as root, pi
print(root(16), round(pi, 2), m.floor(1.5), s2 is __import__("sys"))
try:
    import nonexistent_module_xyz
except ImportError as e:
    print("ImportError", type(e).__name__)
try:
    from math import nonexistent_name
except ImportError:
    print("ImportError name")
