# __qualname__ of functions, methods, nested classes, closures, lambdas and generators, and
# its use in TypeError messages and class reprs (CPython 3.11 naming).
class A:
    class B:
        def m(self):
            pass

    def m(self, x):
        pass


def f():
    def g():
        pass

    return g


def gen():
    def inner():
        yield 1

    return inner()


def outer():
    class Local:
        def f(self):
            pass

    return Local


L = outer()
print(A.__qualname__, A.B.__qualname__, A.B.m.__qualname__, A.m.__qualname__)
print(f().__qualname__, (lambda: 0).__qualname__, gen().__qualname__)
print(L.__qualname__, L.f.__qualname__, L.__name__, A.B.__name__)
print(repr(A.B), repr(L))
print([(lambda: 0).__qualname__ for _ in range(1)], list((lambda: 0).__qualname__ for _ in "x"))
print({k: (lambda: 0).__qualname__ for k in "a"})
for call in (lambda: A().m(), lambda: A().m(1, 2), lambda: A().m(y=1), lambda: f()(1)):
    try:
        call()
    except TypeError as e:
        print(e)
print(int.__qualname__, len.__qualname__ if hasattr(len, "__qualname__") else "len")
