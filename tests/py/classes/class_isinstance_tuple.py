class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 1, "s", 1.5, None, [], True]
for o in objs:
    print(type(o).__name__, isinstance(o, (A, C)), isinstance(o, (int, float)), isinstance(o, (str, list, type(None))))
print(issubclass(B, (C, A)), issubclass(C, (A, B)), issubclass(bool, (str, int)))
print(isinstance(B(), ((A, C), int)))
try:
    isinstance(1, 5)
except TypeError:
    print("TypeError")
print(issubclass(A, object), isinstance(A, type), isinstance(int, type))
