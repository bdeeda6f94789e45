m = __import__("math")
print(m.sqrt(16), m.__name__)
s = __import__("sys")
print(s is __import__("sys"), type(s.path).__name__)
try:
    __import__("no_such_module_xyz_123")
except ImportError:
    print("ImportError")
