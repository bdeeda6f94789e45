x = "global"
def read():
    return x
def local():
    x = "local"
    return x
def enclosing():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(read(), local(), enclosing(), x)
def builtin_shadow():
    len = lambda s: -1
    return len("abc")
print(builtin_shadow(), len("abc"))
def uses_later_global():
    return later
later = "defined later"
print(uses_later_global())
def loop_var_leak():
    for i in range(3):
        pass
    return i
print(loop_var_leak())
