x = "module"
class C:
    x = "class"
    y = x + "!"
    def method(self):
        return x
    lst = [i * 2 for i in range(3)]
print(C.x, C.y, C().method(), C.lst)
def f():
    x = "func"
    class D:
        z = x
        def m(self):
            return x
    return D
D = f()
print(D.z, D().m())
class E:
    a = 1
    b = a + 1
    del a
print(hasattr(E, "a"), E.b)
