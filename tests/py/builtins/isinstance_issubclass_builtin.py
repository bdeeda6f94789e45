print(isinstance(1, int), isinstance(1.0, int), isinstance(True, int), isinstance("s", str), isinstance(b"", bytes))
print(isinstance([], (tuple, list)), isinstance(None, type(None)), isinstance(int, type), isinstance(3, object))
print(issubclass(int, object), issubclass(bool, int), issubclass(int, bool), issubclass(str, (int, str)))
print(isinstance({}, dict), isinstance(set(), frozenset), isinstance(range(1), range), isinstance(len, object))
class A: pass
class B(A): pass
print(isinstance(B(), A), isinstance(A(), B), issubclass(B, B), issubclass(B, (int, A)))
for bad in (lambda: isinstance(1, 1), lambda: issubclass(1, int)):
    try:
        bad()
    except TypeError:
        print("TypeError")
