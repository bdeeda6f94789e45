# A frozen module: compiled to .mpy when adder is built and run in place from the binary.
GREETING = "hello from a frozen module"


def hello(name="world"):
    return "hello, %s (frozen)" % name


def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self):
        self.n += 1
        return self.n
