o = object()
print(type(o).__name__, o == o, o != object(), isinstance(o, object))
try:
    o.x = 1
except AttributeError:
    print("AttributeError object() has no dict")
class C:
    pass
c = C()
print(str(c) == repr(c), repr(c).startswith("<"), isinstance(C, object), issubclass(C, object))
print(C.__name__, C.__bases__[0] is object)
