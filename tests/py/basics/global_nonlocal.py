counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    return bump
b = make()
print(b(), b(), b())
b2 = make()
print(b2(), b())
def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = "changed"
        inner()
    middle()
    return x
print(outer())
def set_new_global():
    global brand_new
    brand_new = 42
set_new_global()
print(brand_new)
x = "global"
def shadow():
    x = "local"
    return x
print(shadow(), x)
def read_global():
    return counter * 10
print(read_global())
def unbound():
    try:
        print(y_local)
    except NameError:
        print("UnboundLocalError is NameError")
    y_local = 1
unbound()
