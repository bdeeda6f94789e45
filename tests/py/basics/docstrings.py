# MicroPython compiles docstrings away and functions/classes have no __doc__ (documented
# difference), so this file has a .exp with MicroPython's output.
def f():
    "function docstring"
    return 1
class C:
    """class docstring"""
    def m(self):
        """method docstring"""
        return "m"
print(f(), getattr(f, "__doc__", None), getattr(C, "__doc__", None))
print(C().m(), getattr(C.m, "__doc__", None))
def g():
    return 2
print(g(), getattr(g, "__doc__", None))
