try:
    undefined_variable_abc
except NameError:
    print("NameError global")
def f():
    return missing_in_func
try:
    f()
except NameError:
    print("NameError in function")
def g():
    try:
        print(local_before)
    except NameError:
        print("UnboundLocalError caught as NameError")
    local_before = 1
g()
x = 1
del x
try:
    x
except NameError:
    print("NameError after del")
