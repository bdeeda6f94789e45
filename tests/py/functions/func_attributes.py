def f():
    pass
print(f.__name__, (lambda: 0).__name__, type(f).__name__)
class C:
    def method(self):
        pass
    @staticmethod
    def sm():
        pass
print(C.method.__name__, C().method.__name__, C.sm.__name__)
print(callable(f), callable(C), callable(C()), callable(5))
print(abs.__name__, len.__name__)
