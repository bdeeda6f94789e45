import sys
class A: pass
print(int, str, type, object, A, type(A()), type(None), type(print).__name__)
print(repr(ValueError), KeyError, Exception)
print(sys.maxsize > 2**31, sys.byteorder, type(sys.argv).__name__, sys.version_info[0], sys.version_info >= (3, 0))
print(__name__, type(sys.modules).__name__, "sys" in sys.modules)
print(type(sys.path).__name__, type(sys.stdout).__name__ != "", sys.implementation.name != "")
print([].__class__, {}.__class__.__name__, (1).__class__, "".__class__)
print(repr(None), repr(True), repr(Ellipsis), repr(NotImplemented), ...)
print(str(type(1.5)), str(type(1j)), type(range(1)), type(b""), type(bytearray()))
print(type(iter([])).__name__ in ("list_iterator", "iterator"), type(x for x in []).__name__)
print(type(zip()).__name__, type(map(abs, [])).__name__, type(enumerate([])).__name__, type(filter(None, [])).__name__)
print(int.__name__, A.__name__, A.__qualname__ if hasattr(A, "__qualname__") else "A", A.__module__ if hasattr(A, "__module__") else "__main__")
print(isinstance(A, type), type(type), issubclass(A, object), A.__bases__ if hasattr(A, "__bases__") else (object,))
class B(A): pass
print(B.__bases__, B.__mro__ if hasattr(B, "__mro__") else (B, A, object))
