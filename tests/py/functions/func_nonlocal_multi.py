def outer():
    a = 1
    b = 2
    def inner():
        nonlocal a, b
        a, b = b, a + b
        return a, b
    return inner
fibstep = outer()
print([fibstep() for _ in range(8)])
def levels():
    x = 0
    def l1():
        def l2():
            nonlocal x
            x += 10
        l2()
        l2()
    l1()
    return x
print(levels())
def shared():
    val = []
    def push(v):
        val.append(v)
    def peek():
        return val[-1] if val else None
    return push, peek
push, peek = shared()
print(peek())
push(1)
push(2)
print(peek())
