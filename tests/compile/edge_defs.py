# definitions: decorators with arguments, class decorators, defaults with closures, annotations
import functools

def deco(*dargs):
    def wrap(fn):
        return fn
    return wrap

@deco(1, 2)
@functools.wraps(print)
def f(a: int, b: str = "x", *c: list, d: float = 1.0, **e: dict) -> None:
    x: int = 5
    y: list
    return x

@deco()
class C:
    z: int = 3

    @classmethod
    def make(cls, *, n=2):
        return cls()

    def __repr__(self):
        return "C"

def g(a, b=lambda: 1, c=[]):
    return a, b, c

def h():
    def k(x=len):
        return x
    return k

class Empty: pass
class WithBase(Empty, object): x = 1
