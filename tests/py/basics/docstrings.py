def f():
    "function docstring"
    return 1
class C:
    """class docstring"""
    def m(self):
        """method docstring"""
print(f(), f.__doc__, C.__doc__, C.m.__doc__)
def g():
    return 2
print(g.__doc__)
