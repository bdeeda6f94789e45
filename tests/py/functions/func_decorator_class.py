class CountCalls:
    def __init__(self, f):
        self.f = f
        self.n = 0
    def __call__(self, *a, **k):
        self.n += 1
        return self.f(*a, **k)
@CountCalls
def greet(name):
    return "hello " + name
print(greet("a"), greet("b"), greet.n)
def deco_method(f):
    def w(self, *a):
        return "[" + str(f(self, *a)) + "]"
    return w
class K:
    def __init__(self, v):
        self.v = v
    @deco_method
    def show(self, suffix=""):
        return str(self.v) + suffix
print(K(5).show(), K(6).show("!"))
