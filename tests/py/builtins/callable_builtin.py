class C:
    def m(self):
        pass
class K:
    def __call__(self):
        return "called"
print(callable(len), callable(lambda: 0), callable(C), callable(C()), callable(C().m), callable(K()), callable(1), callable("s"), callable(None), callable(print))
print(K()())
